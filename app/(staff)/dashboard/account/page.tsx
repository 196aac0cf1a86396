import { formatSlotDateTime } from '@/lib/time/slot-format';
import type { Metadata } from 'next';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { enrolmentOffer } from '@/lib/auth/enrolment';
import { requireStaff } from '@/lib/auth/guard';
import { hasConfirmedMfa, unusedRecoveryCodes } from '@/lib/auth/mfa';
import { mfaRequiredFor } from '@/lib/auth/mfa-policy';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { listLiveSessions } from '@/lib/auth/sessions';
import { MfaPanel } from './mfa-panel';
import { SessionList } from './session-list';

export const metadata: Metadata = { title: 'My account' };

/** Every staff member's own page: where they are signed in, and their two-step sign-in. */
export default async function AccountPage() {
  const staff = await requireStaff();
  const [sessions, zone, enabled, required] = await Promise.all([
    listLiveSessions(staff.id),
    getClinicTimeZone(),
    hasConfirmedMfa(staff.id),
    mfaRequiredFor(staff.role),
  ]);
  const [codesLeft, offer] = await Promise.all([
    enabled ? unusedRecoveryCodes(staff.id) : 0,
    enabled ? null : enrolmentOffer(staff.id),
  ]);
  const when = (d: Date) => formatSlotDateTime(d.toISOString(), zone);
  return (
    <>
      <PageHeading title="My account">
        {staff.name} · {staff.email} · {ROLE_LABELS[staff.role]}
      </PageHeading>
      <div className="grid gap-5 lg:grid-cols-2">
        <Panel title="Where you are signed in" id="sessions">
          <SessionList
            sessions={sessions.map((s) => ({
              id: s.id,
              device: s.deviceLabel,
              started: when(s.createdAt),
              lastSeen: when(s.lastSeenAt),
              current: s.id === staff.sessionId,
            }))}
          />
        </Panel>
        <Panel title="Two-step sign-in" id="mfa">
          <MfaPanel enabled={enabled} required={required} codesLeft={codesLeft} offer={offer} />
        </Panel>
      </div>
    </>
  );
}

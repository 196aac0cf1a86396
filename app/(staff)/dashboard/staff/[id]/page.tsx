import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { getStaffAccount, listPractitionerLinks } from '@/db/queries/staff';
import { requireStaff } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { UUID } from '@/lib/validations/fields';
import { throttleKey, throttleState } from '@/lib/auth/throttle';
import { AccountButtons } from './account-buttons';
import { RoleForm } from './role-form';
import { SignInButtons } from './sign-in-buttons';

export const metadata: Metadata = { title: 'Staff account' };

export default async function StaffAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaff(['admin']);
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const [account, links, zone] = await Promise.all([
    getStaffAccount(id),
    listPractitionerLinks(),
    getClinicTimeZone(),
  ]);
  if (!account) notFound();
  const [accountPause, codePause] = await Promise.all([
    throttleState(throttleKey('account', account.email)),
    throttleState(throttleKey('code', account.id)),
  ]);
  const pausedUntil = accountPause?.pausedUntil ?? codePause?.pausedUntil ?? null;
  const failures = (accountPause?.failures ?? 0) + (codePause?.failures ?? 0);
  return (
    <>
      <p className="mb-2 text-[0.95rem]">
        <Link href="/dashboard/staff">← All staff</Link>
      </p>
      <PageHeading title={account.name}>
        {account.email} · {ROLE_LABELS[account.role]} ·{' '}
        {account.disabled ? 'Disabled' : account.invited ? 'Invited' : 'Active'}
        {account.id === me.id ? ' · this is you' : ''}
      </PageHeading>
      <div className="grid gap-5 lg:grid-cols-2">
        <Panel title="Access" id="access" className="lg:col-span-2">
          <p className="mb-3 text-[0.95rem] text-muted">
            Disabling or signing out everywhere ends every open session on the next request.
          </p>
          <AccountButtons
            staffUserId={account.id}
            name={account.name}
            disabled={account.disabled}
            isSelf={account.id === me.id}
          />
        </Panel>
        <Panel title="Role" id="role">
          <RoleForm
            initial={{
              staffUserId: account.id,
              role: account.role,
              practitionerId: account.practitionerId ?? '',
            }}
            practitioners={links.map((l) => ({
              id: l.id,
              name: l.name,
              taken: !!l.linkedStaffId && l.linkedStaffId !== account.id,
            }))}
          />
        </Panel>
        <Panel title="Sign-in" id="sign-in">
          <ul className="mb-3 space-y-1 text-[0.95rem]">
            <li>
              Password:{' '}
              {account.invited
                ? 'not chosen yet (invited)'
                : 'chosen by them (admins never see it)'}
            </li>
            <li>Two-step sign-in: {account.mfa ? 'on' : 'off'}</li>
            <li>
              {pausedUntil
                ? `Paused after ${failures} failed attempts from unrecognised devices, until ${formatSlotDateTime(pausedUntil.toISOString(), zone)}. Devices they signed in on before are not affected.`
                : failures
                  ? `${failures} recent failed attempt${failures === 1 ? '' : 's'} from unrecognised devices; no pause.`
                  : 'No recent failed attempts.'}
            </li>
          </ul>
          <SignInButtons
            staffUserId={account.id}
            name={account.name}
            invited={account.invited}
            mfa={account.mfa}
            paused={failures > 0}
            isSelf={account.id === me.id}
          />
        </Panel>
      </div>
    </>
  );
}

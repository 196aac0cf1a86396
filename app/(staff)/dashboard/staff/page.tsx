import { formatSlotDateTime } from '@/lib/time/slot-format';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listPractitionerLinks, listStaffAccounts } from '@/db/queries/staff';
import { requireStaff } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { TableScroll } from '@/components/staff/table-scroll';
import { extraMfaRoles } from '@/lib/auth/mfa-policy';
import { InviteStaffForm } from './invite-staff-form';
import { MfaRolesForm } from './mfa-roles-form';

export const metadata: Metadata = { title: 'Staff accounts' };

export default async function StaffPage() {
  await requireStaff(['admin']);
  const [accounts, links, zone, mfaRoles] = await Promise.all([
    listStaffAccounts(),
    listPractitionerLinks(),
    getClinicTimeZone(),
    extraMfaRoles(),
  ]);
  return (
    <>
      <PageHeading title="Staff accounts">
        Who can sign in to the dashboard, and as what.
      </PageHeading>
      <TableScroll label="Staff accounts table">
        <table className="w-full min-w-[50rem] text-left text-[0.95rem]">
          <caption className="sr-only">Staff accounts</caption>
          <thead className="bg-sand-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Name
              </th>
              <th scope="col" className="px-3 py-2">
                E-mail
              </th>
              <th scope="col" className="px-3 py-2">
                Role
              </th>
              <th scope="col" className="px-3 py-2">
                Status
              </th>
              <th scope="col" className="px-3 py-2">
                Two-step
              </th>
              <th scope="col" className="px-3 py-2">
                Last sign-in
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} className="border-t border-sand-200">
                <td className="px-3 py-2">
                  <Link href={`/dashboard/staff/${a.id}`}>{a.name}</Link>
                </td>
                <td className="px-3 py-2 break-all">{a.email}</td>
                <td className="px-3 py-2">
                  {ROLE_LABELS[a.role]}
                  {a.practitionerName ? (
                    <span className="block text-sm text-muted">{a.practitionerName}</span>
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  {a.disabled ? (
                    <span className="font-semibold text-clay-800">Disabled</span>
                  ) : a.invited ? (
                    'Invited'
                  ) : (
                    `Active · ${a.openSessions} session${a.openSessions === 1 ? '' : 's'}`
                  )}
                </td>
                <td className="px-3 py-2">{a.mfa ? 'On' : 'Off'}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {a.lastLoginAt ? formatSlotDateTime(a.lastLoginAt.toISOString(), zone) : 'Never'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Panel title="Invite a staff member" id="add-staff" className="mt-6">
        <InviteStaffForm
          practitioners={links.map((l) => ({ id: l.id, name: l.name, taken: !!l.linkedStaffId }))}
        />
      </Panel>
      <Panel title="Two-step sign-in" id="mfa-policy" className="mt-6">
        <MfaRolesForm initial={mfaRoles.filter((r) => r !== 'admin')} />
      </Panel>
    </>
  );
}

import { DateTime } from 'luxon';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listPractitionerLinks, listStaffAccounts } from '@/db/queries/staff';
import { requireStaff } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { CreateStaffForm } from './create-staff-form';
import { TableScroll } from '@/components/staff/table-scroll';

export const metadata: Metadata = { title: 'Staff accounts' };

export default async function StaffPage() {
  await requireStaff(['admin']);
  const [accounts, links, zone] = await Promise.all([
    listStaffAccounts(),
    listPractitionerLinks(),
    getClinicTimeZone(),
  ]);
  return (
    <>
      <PageHeading title="Staff accounts">
        Who can sign in to the dashboard, and as what.
      </PageHeading>
      <TableScroll label="Staff accounts table">
        <table className="w-full min-w-[44rem] text-left text-[0.95rem]">
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
                  ) : (
                    `Active · ${a.openSessions} session${a.openSessions === 1 ? '' : 's'}`
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {a.lastLoginAt
                    ? DateTime.fromJSDate(a.lastLoginAt, { zone }).toFormat('d LLL yyyy, h:mm a')
                    : 'Never'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Panel title="Add a staff member" id="add-staff" className="mt-6">
        <CreateStaffForm
          practitioners={links.map((l) => ({ id: l.id, name: l.name, taken: !!l.linkedStaffId }))}
        />
      </Panel>
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { getStaffAccount, listPractitionerLinks } from '@/db/queries/staff';
import { requireStaff } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { UUID } from '@/lib/validations/uuid';
import { AccountButtons } from './account-buttons';
import { ResetPasswordForm } from './reset-password-form';
import { RoleForm } from './role-form';

export const metadata: Metadata = { title: 'Staff account' };

export default async function StaffAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaff(['admin']);
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const [account, links] = await Promise.all([getStaffAccount(id), listPractitionerLinks()]);
  if (!account) notFound();
  return (
    <>
      <p className="mb-2 text-[0.95rem]">
        <Link href="/dashboard/staff">← All staff</Link>
      </p>
      <PageHeading title={account.name}>
        {account.email} · {ROLE_LABELS[account.role]} · {account.disabled ? 'Disabled' : 'Active'}
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
        <Panel title="Reset password" id="password">
          <ResetPasswordForm staffUserId={account.id} />
        </Panel>
      </div>
    </>
  );
}

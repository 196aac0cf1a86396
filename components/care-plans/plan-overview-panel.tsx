import Link from 'next/link';
import { Panel } from '@/components/staff/page-heading';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { loadPlanOverview } from '@/lib/care-plans/overview';

/** The overview's care-plan figures: active plans and their average adherence. */
export async function PlanOverviewPanel({ staff }: { staff: StaffPrincipal }) {
  const o = await loadPlanOverview(staff);
  return (
    <Panel title="Care plans" id="care-plans-overview">
      <p className="text-[0.95rem]">
        <strong className="text-2xl">{o.plans.length}</strong> active plan
        {o.plans.length === 1 ? '' : 's'}
        {staff.role === 'front_desk' ? null : (
          <>
            {' '}
            · average adherence{' '}
            <strong>
              {o.averageAdherence === null ? 'no data yet' : `${o.averageAdherence}%`}
            </strong>
          </>
        )}
      </p>
      <Link
        href="/dashboard/care-plans"
        className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-800"
      >
        All active care plans
      </Link>
    </Panel>
  );
}

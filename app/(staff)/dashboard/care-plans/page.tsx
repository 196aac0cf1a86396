import { formatLocalDate } from '@/lib/time/slot-format';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { requireStaff } from '@/lib/auth/guard';
import { loadPlanOverview } from '@/lib/care-plans/overview';

export const metadata: Metadata = { title: 'Care plans' };

export default async function CarePlansPage() {
  const staff = await requireStaff();
  const o = await loadPlanOverview(staff);
  const clinical = staff.role !== 'front_desk';
  return (
    <>
      <PageHeading title="Care plans">
        {o.plans.length} active
        {clinical
          ? ` · average adherence ${o.averageAdherence === null ? 'no data yet' : `${o.averageAdherence}%`}`
          : ''}
      </PageHeading>
      <Panel>
        {o.plans.length === 0 ? (
          <p className="text-muted">
            No active care plans. Create one from an appointment or a patient record.
          </p>
        ) : (
          <table className="w-full text-left">
            <caption className="sr-only">Active care plans</caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Practitioner</th>
                <th scope="col">Ends</th>
                {clinical ? <th scope="col">Adherence</th> : null}
              </tr>
            </thead>
            <tbody>
              {o.plans.map((p) => (
                <tr key={p.id} className="border-t border-sand-200">
                  <td className="py-2">
                    <Link href={`/dashboard/care-plans/${p.id}`}>{p.patientName}</Link>
                  </td>
                  <td>{p.practitionerName}</td>
                  <td>{formatLocalDate(p.endsOn, true)}</td>
                  {clinical ? <td>{p.adherence === null ? '–' : `${p.adherence}%`}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </>
  );
}

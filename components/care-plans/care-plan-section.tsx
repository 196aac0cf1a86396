import { DateTime } from 'luxon';
import Link from 'next/link';
import { Panel } from '@/components/staff/page-heading';
import { planOfAppointment, plansOfPatient } from '@/db/queries/care-plans';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { loadStaffPlanView } from '@/lib/care-plans/view';

/**
 * The care-plan panel of the patient record and of an appointment page (one component, one line
 * in each page): the patient's plans, with adherence and the next visits for those who may see
 * them, and "Create care plan" for admins and practitioners.
 */
export async function CarePlanSection({
  staff,
  patientId,
  appointmentId,
}: {
  staff: StaffPrincipal;
  patientId: string;
  appointmentId?: string;
}) {
  const [plans, ofVisit] = await Promise.all([
    plansOfPatient(patientId),
    appointmentId ? planOfAppointment(appointmentId) : Promise.resolve(null),
  ]);
  const active = plans.filter((p) => p.status === 'active' && (!ofVisit || p.id === ofVisit));
  const shown = ofVisit ? plans.filter((p) => p.id === ofVisit) : active;
  const views = await Promise.all(shown.map((p) => loadStaffPlanView(staff, p.id)));
  const mayCreate = staff.role === 'admin' || staff.role === 'practitioner';
  const createHref = appointmentId
    ? `/dashboard/care-plans/new?appointment=${appointmentId}`
    : `/dashboard/care-plans/new?patient=${patientId}`;
  const day = (d: string) => DateTime.fromISO(d).toFormat('d LLL yyyy');
  const now = new Date();

  return (
    <Panel
      title={ofVisit ? 'Care plan of this visit' : 'Care plans'}
      id="care-plans"
      className="mt-5"
    >
      {views.length === 0 ? (
        <p className="text-muted">
          {plans.length > 0 ? 'No active care plan.' : 'No care plan yet.'}
        </p>
      ) : (
        <ul className="space-y-4">
          {views.map((v) =>
            v ? (
              <li key={v.header.id} className="rounded-lg border border-sand-200 p-3">
                <Link href={`/dashboard/care-plans/${v.header.id}`} className="font-semibold">
                  {v.header.serviceName} with {v.header.practitionerName}, {day(v.header.startsOn)}{' '}
                  to {day(v.header.endsOn)}
                </Link>
                {v.header.status === 'ended' ? (
                  <span className="ml-2 text-sm text-muted">ended</span>
                ) : null}
                {v.clinical ? (
                  <p className="mt-1">
                    Adherence:{' '}
                    <strong>
                      {v.clinical.adherence.percent === null
                        ? 'no exercises yet'
                        : `${v.clinical.adherence.percent}%`}
                    </strong>
                    {v.clinical.pain.length > 0
                      ? ` · latest pain ${v.clinical.pain.at(-1)!.pain}/10`
                      : ''}
                  </p>
                ) : null}
                <p className="mt-1 text-[0.95rem]">
                  Next visits:{' '}
                  {v.visits
                    .filter((x) => x.endsAt > now && x.status !== 'cancelled')
                    .slice(0, 3)
                    .map((x) =>
                      DateTime.fromJSDate(x.startsAt, { zone: v.timeZone }).toFormat(
                        'ccc d LLL, h:mm a',
                      ),
                    )
                    .join(' · ') || 'none'}
                </p>
              </li>
            ) : null,
          )}
        </ul>
      )}
      {mayCreate && !ofVisit ? (
        <Link
          href={createHref}
          className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-800"
        >
          Create care plan
        </Link>
      ) : null}
    </Panel>
  );
}

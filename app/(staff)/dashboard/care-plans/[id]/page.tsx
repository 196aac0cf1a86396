import { formatLocalDate, formatSlotDateTime } from '@/lib/time/slot-format';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PainChart } from '@/components/care-plans/pain-chart';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { StatusBadge } from '@/components/staff/schedule/status-badge';
import { Callout } from '@/components/ui/callout';
import { listExercises } from '@/db/queries/exercises';
import type { AppointmentStatus } from '@/db/schema';
import { requireStaff } from '@/lib/auth/guard';
import { dosageText } from '@/lib/care-plans/dosage';
import { loadStaffPlanView } from '@/lib/care-plans/view';
import { UUID } from '@/lib/validations/fields';
import { EndPlanButton, NotesForm, RemoveExerciseButton } from './plan-controls';
import { PrescribeForm } from './prescribe-form';

export const metadata: Metadata = { title: 'Care plan' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * A care plan: its visits for every staff role; adherence, pain, exercises and notes only for the
 * treating practitioner and admins (decided in loadStaffPlanView, which does not read them
 * otherwise).
 */
export default async function CarePlanPage({ params, searchParams }: Props) {
  const staff = await requireStaff();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!UUID.test(id)) notFound();
  const view = await loadStaffPlanView(staff, id);
  if (!view) notFound();
  const { header, visits, clinical, timeZone } = view;
  const fmt = (d: Date) => formatSlotDateTime(d.toISOString(), timeZone);
  const day = (d: string) => formatLocalDate(d, true);
  const now = new Date();
  const library = clinical?.canEdit ? await listExercises() : [];
  const current = clinical?.prescriptions.filter((p) => p.removedAt === null) ?? [];

  return (
    <>
      <p className="mb-2 text-[0.95rem]">
        <Link href={`/dashboard/patients/${header.patientId}`}>← {header.patientName}</Link>
      </p>
      <PageHeading title={`Care plan: ${header.serviceName}`}>
        {header.patientName} · with {header.practitionerName} · {day(header.startsOn)} to{' '}
        {day(header.endsOn)} · {header.status === 'active' ? 'Active' : 'Ended'}
      </PageHeading>
      {query.created ? (
        <div role="status" className="mb-5">
          <Callout>
            Plan created: {visits.length} visits booked and the patient e-mailed their plan link.
            Add home exercises below.
          </Callout>
        </div>
      ) : null}

      <div className="grid gap-5 lg:grid-cols-2">
        <Panel title="Visits" id="plan-visits">
          <ol className="space-y-2">
            {visits.map((v, i) => (
              <li key={v.appointmentId} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <Link href={`/dashboard/appointments/${v.appointmentId}`} className="font-semibold">
                  Visit {i + 1}: {fmt(v.startsAt)}
                </Link>
                <StatusBadge status={v.status as AppointmentStatus} />
                {v.endsAt < now ? <span className="text-sm text-muted">past</span> : null}
              </li>
            ))}
          </ol>
          <p className="mt-3 text-sm text-muted">
            Move or cancel a visit from its appointment page.
          </p>
        </Panel>

        {clinical ? (
          <Panel title="Adherence" id="plan-adherence">
            <p className="text-3xl font-semibold" data-testid="adherence-percent">
              {clinical.adherence.percent === null ? '–' : `${clinical.adherence.percent}%`}
            </p>
            <p className="text-muted">
              {clinical.adherence.logged} of {clinical.adherence.prescribed} prescribed sessions
              logged so far
            </p>
            {clinical.adherence.weeks.length > 0 ? (
              <table className="mt-3 w-full text-left text-[0.95rem]">
                <caption className="sr-only">Sessions logged per week</caption>
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    <th scope="col">Logged</th>
                    <th scope="col">Prescribed</th>
                  </tr>
                </thead>
                <tbody>
                  {clinical.adherence.weeks.map((w) => (
                    <tr key={w.weekStart}>
                      <td>{day(w.weekStart)}</td>
                      <td>{w.logged}</td>
                      <td>{w.prescribed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <h3 className="mt-4 font-sans text-base font-semibold">Pain</h3>
            <PainChart points={clinical.pain} id="plan-pain" />
          </Panel>
        ) : (
          <Panel title="Clinical details" id="plan-clinical">
            <p>Exercises, logs and notes are shown only to the treating practitioner and admins.</p>
          </Panel>
        )}
      </div>

      {clinical ? (
        <>
          <Panel title="Home exercises" id="plan-exercises" className="mt-5">
            {current.length === 0 ? (
              <p className="text-muted">No exercises prescribed yet.</p>
            ) : (
              <ul className="space-y-3">
                {current.map((p) => (
                  <li
                    key={p.id}
                    className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-sand-200 p-3"
                  >
                    <div>
                      <p className="font-semibold">{p.exercise.name}</p>
                      <p>{dosageText(p)}</p>
                      {p.note ? <p className="text-muted">{p.note}</p> : null}
                      {p.startsOn || p.endsOn ? (
                        <p className="text-sm text-muted">
                          {p.startsOn ? `from ${day(p.startsOn)}` : ''}{' '}
                          {p.endsOn ? `until ${day(p.endsOn)}` : ''}
                        </p>
                      ) : null}
                    </div>
                    {clinical.canEdit ? (
                      <RemoveExerciseButton
                        planId={header.id}
                        planExerciseId={p.id}
                        name={p.exercise.name}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {clinical.canEdit ? (
              <div className="mt-5 border-t border-sand-200 pt-4">
                <h3 className="mb-3 font-sans text-lg font-semibold">Add an exercise</h3>
                <PrescribeForm
                  planId={header.id}
                  options={library.map((e) => ({
                    id: e.id,
                    name: e.name,
                    sets: e.defaultSets,
                    reps: e.defaultReps,
                    holdSeconds: e.defaultHoldSeconds,
                  }))}
                />
              </div>
            ) : null}
          </Panel>
          <div className="mt-5 grid gap-5 lg:grid-cols-2">
            <Panel title="Notes" id="plan-notes-panel">
              {clinical.canEdit ? (
                <NotesForm planId={header.id} notes={clinical.notes} />
              ) : (
                <p className="whitespace-pre-wrap">{clinical.notes || 'No notes.'}</p>
              )}
            </Panel>
            {clinical.canEdit ? (
              <Panel title="End the plan" id="plan-end">
                <p className="mb-3">
                  The patient’s plan page keeps working for 90 days after the plan ends, then the
                  link stops.
                </p>
                <EndPlanButton planId={header.id} />
              </Panel>
            ) : null}
          </div>
        </>
      ) : null}
    </>
  );
}

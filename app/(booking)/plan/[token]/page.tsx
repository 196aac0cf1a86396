import { DateTime } from 'luxon';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExerciseCard } from '@/components/care-plans/exercise-card';
import { Callout } from '@/components/ui/callout';
import { dosageText } from '@/lib/care-plans/dosage';
import { publicImageSize } from '@/lib/content/image-size';
import { loadMyPlan } from '@/lib/care-plans/patient';
import { firstName } from '@/lib/email/templates/layout';
import { tickExerciseAction } from './actions';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'My plan' };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const RESULTS: Record<string, string> = {
  done: 'Logged for today. Well done!',
  invalid: 'Pain must be a whole number from 0 to 10 (or leave it empty).',
  rate_limited: 'That was a lot of ticks in a short time. Please try again in a few minutes.',
  not_found: 'This exercise is no longer in your plan.',
  not_current: 'This exercise is not part of your plan today.',
  failed: 'Sorry, that didn’t save. Please try again in a moment.',
};

/** My plan: the patient's visits and home exercises, reached only through the private link. */
export default async function MyPlanPage({ params, searchParams }: Props) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const mine = await loadMyPlan(token);
  if (!mine) notFound();
  const { plan, upcoming, exercises, timeZone } = mine;
  const when = (d: Date) =>
    DateTime.fromJSDate(d, { zone: timeZone }).toFormat('cccc d LLLL, h:mm a');
  const flashFor = one(query.ex);
  const flash = RESULTS[one(query.result) ?? ''];
  const ended = plan.status === 'ended';
  const tick = tickExerciseAction.bind(null, token);

  return (
    <div className="space-y-8 print:space-y-4">
      <header>
        <h1 className="text-3xl sm:text-4xl print:text-2xl">My plan</h1>
        <p className="mt-2 text-lead">
          {firstName(plan.patientName)}, here is your {plan.serviceName.toLowerCase()} plan with{' '}
          {plan.practitionerName}
          {ended ? ' (this plan has ended)' : ''}.
        </p>
      </header>

      <section aria-labelledby="visits-title">
        <h2 id="visits-title" className="text-2xl">
          Upcoming visits
        </h2>
        {upcoming.length === 0 ? (
          <p className="mt-2">No upcoming visits.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {upcoming.map((v) => (
              <li
                key={v.appointmentId}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-sand-200 bg-white p-3"
              >
                <span className="font-semibold">{when(v.startsAt)}</span>
                {v.managePath ? (
                  <a
                    href={v.managePath}
                    className="inline-flex min-h-11 items-center font-semibold text-brand-800 print:hidden"
                  >
                    Reschedule or cancel
                    <span className="sr-only"> the visit on {when(v.startsAt)}</span>
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="exercises-title" className="space-y-4">
        <h2 id="exercises-title" className="text-2xl">
          Home exercises
        </h2>
        {exercises.length === 0 ? (
          <p>Your practitioner has not added exercises yet.</p>
        ) : (
          <>
            <p className="print:hidden">
              After doing an exercise, tick it off for today. If you like, note your pain from 0
              (none) to 10 (worst imaginable). Stop any exercise that makes your symptoms spread or
              worsen, and call us.
            </p>
            {exercises.map((e) => (
              <div key={e.id} id={`ex-${e.id}`}>
                <ExerciseCard
                  exercise={e.exercise}
                  headingId={`ex-${e.id}-name`}
                  headingLevel={3}
                  imageSize={
                    e.exercise.illustrationSrc
                      ? publicImageSize(e.exercise.illustrationSrc)
                      : undefined
                  }
                  dose={
                    <>
                      <p className="text-lg font-semibold text-brand-900">
                        Your dose: {dosageText(e)}
                      </p>
                      {e.note ? (
                        <p className="mt-1">
                          From {plan.practitionerName}: {e.note}
                        </p>
                      ) : null}
                    </>
                  }
                >
                  <div
                    className="mt-4 border-t border-sand-200 pt-3 print:hidden"
                    aria-live="polite"
                  >
                    {flashFor === e.id && flash ? (
                      <p
                        role={one(query.result) === 'done' ? 'status' : 'alert'}
                        className="mb-2 font-semibold"
                      >
                        {flash}
                      </p>
                    ) : null}
                    {e.startsLater ? (
                      <p>Starts later in your plan.</p>
                    ) : ended ? null : (
                      <form action={tick} className="flex flex-wrap items-end gap-3">
                        <input type="hidden" name="planExerciseId" value={e.id} />
                        <label className="block">
                          <span className="block font-semibold">Pain today (0–10, optional)</span>
                          <input
                            name="pain"
                            type="number"
                            inputMode="numeric"
                            min={0}
                            max={10}
                            step={1}
                            defaultValue={e.painToday ?? ''}
                            className="mt-1 w-24 rounded-lg border border-sand-300 bg-white px-3 py-2"
                          />
                        </label>
                        <button
                          type="submit"
                          className={buttonClasses({ variant: 'primary', size: 'md' })}
                        >
                          {e.doneToday ? 'Done today ✓ (update pain)' : 'Done today'}
                          <span className="sr-only">: {e.exercise.name}</span>
                        </button>
                      </form>
                    )}
                  </div>
                </ExerciseCard>
              </div>
            ))}
          </>
        )}
      </section>
      <div className="print:hidden">
        <Callout>
          Keep this page’s link private: anyone with it can see your plan and change your visits.
        </Callout>
      </div>
    </div>
  );
}

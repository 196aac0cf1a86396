import Link from 'next/link';
import { addDays } from '@/components/booking/calendar-math';
import { scheduleHref, type ScheduleViewName } from './schedule-href';

const pill =
  'inline-flex min-h-11 items-center rounded-full border border-sand-300 bg-white px-4 text-[0.95rem] font-semibold text-brand-900 no-underline hover:bg-sand-50';

/** View switch, previous / today / next, and a jump-to-date form that works without JavaScript. */
export function ScheduleToolbar({
  view,
  date,
  today,
  practitioner,
  practitioners,
}: {
  view: ScheduleViewName;
  date: string;
  today: string;
  practitioner: string | null;
  /** Offered in week view to staff who may see other diaries. */
  practitioners: Array<{ id: string; name: string }>;
}) {
  const step = view === 'week' ? 7 : 1;
  const unit = view === 'week' ? 'week' : 'day';
  const href = (d: string, v: ScheduleViewName = view) =>
    scheduleHref({ view: v, date: d, practitioner });
  return (
    <div className="mt-4 flex flex-col gap-3">
      <nav aria-label="Schedule views">
        <ul className="inline-flex rounded-full border border-sand-300 bg-white p-1">
          {(['day', 'week', 'list'] as const).map((v) => (
            <li key={v}>
              <Link
                href={href(date, v)}
                aria-current={v === view ? 'page' : undefined}
                className={`inline-flex min-h-10 items-center rounded-full px-4 font-semibold no-underline ${
                  v === view ? 'bg-brand-800 text-white' : 'text-brand-900 hover:bg-sand-50'
                }`}
              >
                {v === 'day' ? 'Day' : v === 'week' ? 'Week' : 'List'}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-end gap-2">
        <Link href={href(addDays(date, -step))} className={pill} aria-label={`Previous ${unit}`}>
          <span aria-hidden="true">‹&nbsp;</span>Previous
        </Link>
        <Link
          href={href(today)}
          className={pill}
          aria-current={date === today ? 'date' : undefined}
        >
          Today
        </Link>
        <Link href={href(addDays(date, step))} className={pill} aria-label={`Next ${unit}`}>
          Next<span aria-hidden="true">&nbsp;›</span>
        </Link>
        <form method="get" action="/dashboard/schedule" className="flex flex-wrap items-end gap-2">
          {view !== 'day' ? <input type="hidden" name="view" value={view} /> : null}
          {view === 'week' && practitioners.length > 1 ? (
            <div>
              <label htmlFor="schedule-practitioner" className="block text-sm font-semibold">
                Practitioner
              </label>
              <select
                id="schedule-practitioner"
                name="practitioner"
                defaultValue={practitioner ?? undefined}
                className="min-h-11 rounded-lg border border-sand-300 bg-white px-3"
              >
                {practitioners.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
          ) : practitioner && view === 'week' ? (
            <input type="hidden" name="practitioner" value={practitioner} />
          ) : null}
          <div>
            <label htmlFor="schedule-date" className="block text-sm font-semibold">
              Go to date
            </label>
            <input
              id="schedule-date"
              type="date"
              name="date"
              required
              defaultValue={date}
              className="min-h-11 rounded-lg border border-sand-300 bg-white px-3"
            />
          </div>
          <button type="submit" className={`${pill} cursor-pointer`}>
            Show
          </button>
        </form>
      </div>
    </div>
  );
}

import Link from 'next/link';
import type { ReactNode } from 'react';
import { addDays } from '@/lib/time/calendar';
import { scheduleHref, type ScheduleViewName } from './schedule-href';

const pill =
  'inline-flex min-h-10 items-center rounded-full border border-sand-300 bg-white px-3 text-[0.95rem] font-semibold text-brand-900 no-underline hover:bg-sand-50';

/**
 * One compact row: view switch, previous / today / next, go to a date (a plain GET form, so it
 * works without JavaScript), the week's practitioner, and whatever the page adds at the end
 * (the key, new appointment, block time). It wraps on narrow screens.
 */
export function ScheduleToolbar({
  view,
  date,
  today,
  practitioner,
  practitioners,
  children,
}: {
  view: ScheduleViewName;
  date: string;
  today: string;
  /** The week's practitioner id, or 'all'. */
  practitioner: string | null;
  /** Offered in week view to staff who may see other diaries. */
  practitioners: Array<{ id: string; name: string }>;
  children?: ReactNode;
}) {
  const step = view === 'week' ? 7 : 1;
  const unit = view === 'week' ? 'week' : 'day';
  const href = (d: string, v: ScheduleViewName = view) =>
    scheduleHref({ view: v, date: d, practitioner });
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2">
      <nav aria-label="Schedule views">
        <ul className="inline-flex rounded-full border border-sand-300 bg-white p-0.5">
          {(['day', 'week', 'list'] as const).map((v) => (
            <li key={v}>
              <Link
                href={href(date, v)}
                aria-current={v === view ? 'page' : undefined}
                className={`inline-flex min-h-9 items-center rounded-full px-3.5 font-semibold no-underline ${
                  v === view ? 'bg-brand-800 text-white' : 'text-brand-900 hover:bg-sand-50'
                }`}
              >
                {v === 'day' ? 'Day' : v === 'week' ? 'Week' : 'List'}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex items-center gap-1">
        <Link href={href(addDays(date, -step))} className={pill} aria-label={`Previous ${unit}`}>
          ‹
        </Link>
        <Link
          href={href(today)}
          className={pill}
          aria-current={date === today ? 'date' : undefined}
        >
          Today
        </Link>
        <Link href={href(addDays(date, step))} className={pill} aria-label={`Next ${unit}`}>
          ›
        </Link>
      </div>
      <form
        method="get"
        action="/dashboard/schedule"
        className="flex flex-wrap items-center gap-1.5"
      >
        {view !== 'day' ? <input type="hidden" name="view" value={view} /> : null}
        {view === 'week' && practitioners.length > 1 ? (
          <>
            <label htmlFor="schedule-practitioner" className="sr-only">
              Practitioner
            </label>
            <select
              id="schedule-practitioner"
              name="practitioner"
              defaultValue={practitioner ?? undefined}
              className="min-h-10 max-w-48 rounded-lg border border-sand-300 bg-white px-2"
            >
              <option value="all">All practitioners</option>
              {practitioners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </>
        ) : practitioner && view === 'week' ? (
          <input type="hidden" name="practitioner" value={practitioner} />
        ) : null}
        <label htmlFor="schedule-date" className="sr-only">
          Go to date
        </label>
        <input
          id="schedule-date"
          type="date"
          name="date"
          required
          defaultValue={date}
          title="Go to date"
          className="min-h-10 rounded-lg border border-sand-300 bg-white px-2"
        />
        <button type="submit" className={`${pill} cursor-pointer`}>
          Show
        </button>
      </form>
      {children ? (
        <div className="flex flex-wrap items-center gap-2 md:ml-auto">{children}</div>
      ) : null}
    </div>
  );
}

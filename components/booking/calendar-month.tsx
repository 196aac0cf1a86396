import Link from 'next/link';
import { ArrowKeyGrid } from './arrow-key-grid';
import { WEEKDAY_HEADERS, monthWeeks } from '@/lib/time/calendar';
import { formatLocalDate, formatMonth } from '@/lib/time/slot-format';

export interface CalendarMonthProps {
  month: string;
  today: string;
  /** Open times per clinic-local date; days missing here are shown as unavailable. */
  counts: ReadonlyMap<string, number>;
  selectedDate?: string;
  dayHref: (date: string) => string;
  prevHref: string | null;
  nextHref: string | null;
}

const navClass =
  'inline-flex size-11 items-center justify-center rounded-full border border-sand-300 bg-white text-brand-900 hover:bg-sand-50';

function timesLabel(count: number): string {
  return `${count} ${count === 1 ? 'time' : 'times'} available`;
}

/** A month of days; days with openings are links labelled with the date and how many times are free. */
export function CalendarMonth({
  month,
  today,
  counts,
  selectedDate,
  dayHref,
  prevHref,
  nextHref,
}: CalendarMonthProps) {
  const title = formatMonth(month);
  return (
    <div>
      <div className="mb-3 flex items-center justify-between gap-2">
        {prevHref ? (
          <Link
            href={prevHref}
            prefetch={false}
            scroll={false}
            className={navClass}
            aria-label="Previous month"
          >
            <span aria-hidden="true">‹</span>
          </Link>
        ) : (
          <span className={`${navClass} opacity-40`} aria-hidden="true">
            ‹
          </span>
        )}
        <p className="font-serif text-xl font-semibold text-brand-900" aria-live="polite">
          {title}
        </p>
        {nextHref ? (
          <Link
            href={nextHref}
            prefetch={false}
            scroll={false}
            className={navClass}
            aria-label="Next month"
          >
            <span aria-hidden="true">›</span>
          </Link>
        ) : (
          <span className={`${navClass} opacity-40`} aria-hidden="true">
            ›
          </span>
        )}
      </div>
      <ArrowKeyGrid>
        <table className="w-full table-fixed border-collapse text-center">
          <caption className="sr-only">{title}: days with open times are links</caption>
          <thead>
            <tr>
              {WEEKDAY_HEADERS.map((d) => (
                <th
                  key={d.short}
                  scope="col"
                  abbr={d.long}
                  className="pb-2 text-xs font-semibold text-muted uppercase"
                >
                  {d.short}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week, w) => (
              <tr key={w}>
                {week.map((date, i) => {
                  if (!date) return <td key={`pad-${i}`} />;
                  const count = counts.get(date) ?? 0;
                  const day = Number(date.slice(8));
                  const isToday = date === today;
                  const selected = date === selectedDate;
                  return (
                    <td key={date} className="p-0.5">
                      {count > 0 ? (
                        <Link
                          href={dayHref(date)}
                          prefetch={false}
                          data-date={date}
                          aria-current={selected ? 'date' : undefined}
                          aria-label={`${formatLocalDate(date)}${isToday ? ' (today)' : ''}, ${timesLabel(count)}`}
                          className={`relative flex h-11 w-full items-center justify-center rounded-lg text-[0.95rem] font-semibold no-underline ${
                            selected
                              ? 'bg-brand-800 text-white'
                              : 'border border-brand-200 bg-brand-50 text-brand-900 hover:bg-brand-100'
                          }`}
                        >
                          {day}
                          <span
                            aria-hidden="true"
                            className={`absolute bottom-1 size-1 rounded-full ${selected ? 'bg-white' : 'bg-clay-600'}`}
                          />
                        </Link>
                      ) : (
                        <span
                          className={`flex h-11 w-full items-center justify-center text-[0.95rem] text-muted ${
                            isToday ? 'font-semibold underline' : ''
                          }`}
                        >
                          {day}
                          <span className="sr-only">, no times</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ArrowKeyGrid>
    </div>
  );
}

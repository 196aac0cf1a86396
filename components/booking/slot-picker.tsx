import type { ReactNode } from 'react';
import { FocusHeading } from '@/components/ui/focus-heading';
import type { SlotView } from '@/lib/appointments/views/types';
import { CalendarMonth } from './calendar-month';
import type { MonthAvailability } from '@/lib/appointments/views/load-availability';
import { formatClosure, formatLocalDate, localTime, zoneNote } from '@/lib/time/slot-format';
import { TimeList } from './time-list';

/**
 * Day and time picker shared by the booking flow and rescheduling. Everything is a link built by
 * the caller, so choices land in the URL and the back button walks back through them.
 */
export function SlotPicker({
  availability,
  city,
  selectedDate,
  selectedStart,
  hrefs,
  noTimes,
}: {
  availability: MonthAvailability;
  city: string;
  selectedDate?: string;
  selectedStart?: string;
  hrefs: {
    month: (month: string) => string;
    day: (date: string) => string;
    slot: (slot: SlotView) => string;
  };
  /** Shown when the month has no open times at all (e.g. how to reach the clinic). */
  noTimes: ReactNode;
}) {
  const { month, today, timeZone, slots, closures } = availability;
  const byDate = new Map<string, SlotView[]>();
  for (const slot of slots) {
    const date = localTime(slot.start, timeZone).date;
    byDate.set(date, [...(byDate.get(date) ?? []), slot]);
  }
  const counts = new Map([...byDate].map(([date, list]) => [date, list.length]));
  // Without a chosen day, show the first day with openings so its times are one tap away.
  const shownDate =
    selectedDate && selectedDate.startsWith(month) ? selectedDate : [...byDate.keys()].sort()[0];
  const daySlots = shownDate ? (byDate.get(shownDate) ?? []) : [];

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)] lg:gap-12">
      <section aria-labelledby="day-heading">
        <h2 id="day-heading" className="mb-4 text-2xl">
          Day
        </h2>
        <CalendarMonth
          month={month}
          today={today}
          counts={counts}
          selectedDate={shownDate}
          dayHref={hrefs.day}
          prevHref={availability.prevMonth ? hrefs.month(availability.prevMonth) : null}
          nextHref={availability.nextMonth ? hrefs.month(availability.nextMonth) : null}
        />
        {closures.length > 0 ? (
          <div className="mt-4 rounded-lg border border-sand-200 bg-sand-50 p-4">
            <h3 className="font-sans text-base font-semibold text-ink">The clinic is closed</h3>
            <ul className="mt-1 space-y-1 text-[0.95rem] text-ink">
              {closures.map((c) => (
                <li key={`${c.start}-${c.end}`}>
                  {formatClosure(c, timeZone)}: {c.reason}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {slots.length === 0 ? <div className="mt-4">{noTimes}</div> : null}
      </section>
      <section id="times" aria-labelledby="times-heading" className="scroll-mt-4">
        {/* A day chosen in the calendar moves focus here, to that day's times. */}
        <FocusHeading
          level={2}
          id="times-heading"
          className="text-2xl"
          focusKey={selectedDate ?? null}
        >
          {shownDate ? `Times on ${formatLocalDate(shownDate)}` : 'Times'}
        </FocusHeading>
        <p className="mt-1 mb-4 text-[0.95rem] text-muted">{zoneNote(timeZone, city)}</p>
        {daySlots.length > 0 ? (
          <TimeList
            slots={daySlots}
            timeZone={timeZone}
            selectedStart={selectedStart}
            slotHref={hrefs.slot}
          />
        ) : (
          <p className="rounded-lg border border-sand-200 bg-white p-4 text-ink">
            {shownDate
              ? 'No open times are left on this day. Please choose another day.'
              : 'Choose a day to see its times.'}
          </p>
        )}
      </section>
    </div>
  );
}

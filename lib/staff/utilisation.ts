import { DateTime } from 'luxon';

/**
 * Working minutes in a clinic-local week: weekly hours laid on each real date (so a DST change
 * day counts its true length) minus time off. Pure, so the DST weeks can be tested directly.
 */

export interface WeeklyInterval {
  weekday: number;
  /** 'HH:mm' or 'HH:mm:ss', clinic-local. */
  start: string;
  end: string;
}

export interface Span {
  start: Date;
  end: Date;
}

function at(date: DateTime, time: string): DateTime {
  const [h, m] = time.split(':').map(Number);
  return date.set({ hour: h ?? 0, minute: m ?? 0, second: 0, millisecond: 0 });
}

/** Working spans for each day of [weekStart, weekStart + 7 days) in the zone. */
export function workingSpans(weekStart: DateTime, hours: readonly WeeklyInterval[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < 7; i++) {
    const day = weekStart.plus({ days: i }).startOf('day');
    for (const h of hours) {
      if (h.weekday !== day.weekday) continue;
      const start = at(day, h.start);
      const end = at(day, h.end);
      if (end > start) spans.push({ start: start.toJSDate(), end: end.toJSDate() });
    }
  }
  return spans;
}

function overlapMs(a: Span, b: Span): number {
  return Math.max(
    0,
    Math.min(a.end.getTime(), b.end.getTime()) - Math.max(a.start.getTime(), b.start.getTime()),
  );
}

/** Minutes of `spans` not covered by `off` (time-off entries may overlap each other). */
export function minutesLessTimeOff(spans: readonly Span[], off: readonly Span[]): number {
  let total = 0;
  for (const span of spans) {
    // Merge the time off that touches this span so overlapping entries aren't subtracted twice.
    const cuts = off
      .filter((o) => overlapMs(span, o) > 0)
      .map((o) => ({
        start: Math.max(o.start.getTime(), span.start.getTime()),
        end: Math.min(o.end.getTime(), span.end.getTime()),
      }))
      .sort((a, b) => a.start - b.start);
    let covered = 0;
    let cursor = span.start.getTime();
    for (const cut of cuts) {
      const from = Math.max(cut.start, cursor);
      if (cut.end > from) {
        covered += cut.end - from;
        cursor = cut.end;
      }
    }
    total += span.end.getTime() - span.start.getTime() - covered;
  }
  return Math.round(total / 60_000);
}

/** Booked ÷ working as a whole percentage; null when there were no working minutes. */
export function utilisationPercent(bookedMinutes: number, workingMinutes: number): number | null {
  if (workingMinutes <= 0) return null;
  return Math.round((bookedMinutes / workingMinutes) * 100);
}

/** Monday 00:00 of the clinic-local week containing `now`. */
export function weekStartOf(now: Date, timeZone: string): DateTime {
  return DateTime.fromJSDate(now, { zone: timeZone }).startOf('week');
}

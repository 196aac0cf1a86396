/**
 * Clinic-local formatting of booking times, shared by server and client components. Strings are
 * assembled from Intl parts (not Intl's own output) so the server and the browser always agree,
 * whatever ICU version each has: a mismatch would break hydration.
 */

import { formatClockTime, wallClock } from '@/lib/format';

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

export const PART_OF_DAY_LABELS: Record<PartOfDay, string> = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

function parts(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const out: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatter(timeZone, options).formatToParts(date)) out[part.type] = part.value;
  return out;
}

export interface LocalTime {
  /** Clinic-local calendar date, 'YYYY-MM-DD'. */
  date: string;
  /** Minutes after clinic-local midnight. */
  minuteOfDay: number;
}

export function localTime(iso: string, timeZone: string): LocalTime {
  return wallClock(iso, timeZone);
}

export function partOfDay(minuteOfDay: number): PartOfDay {
  return minuteOfDay < 12 * 60 ? 'morning' : minuteOfDay < 17 * 60 ? 'afternoon' : 'evening';
}

/**
 * "9:00 am", "12:30 pm" in the clinic's zone, with "PDT"/"PST" in the hour repeated when the
 * clocks go back (lib/format.ts).
 */
export const formatSlotTime = (iso: string, timeZone: string): string =>
  formatClockTime(iso, timeZone);

/** A calendar date ('YYYY-MM-DD', no zone) as "Monday, November 23" (or with the year). */
export function formatLocalDate(date: string, withYear = false): string {
  const p = parts(new Date(`${date}T12:00:00Z`), 'UTC', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  });
  return `${p.weekday}, ${p.month} ${p.day}${withYear ? `, ${p.year}` : ''}`;
}

/** "Monday, November 23, 2026 at 9:00 am". */
export function formatSlotDateTime(iso: string, timeZone: string, withYear = true): string {
  return `${formatLocalDate(localTime(iso, timeZone).date, withYear)} at ${formatSlotTime(iso, timeZone)}`;
}

/** "November 2026" for 'YYYY-MM'. */
export function formatMonth(month: string): string {
  const p = parts(new Date(`${month}-15T12:00:00Z`), 'UTC', { month: 'long', year: 'numeric' });
  return `${p.month} ${p.year}`;
}

/** "Pacific Time" for America/Los_Angeles (the zone's generic name, right in summer and winter). */
export function zoneName(timeZone: string): string {
  return parts(new Date(0), timeZone, { timeZoneName: 'longGeneric' }).timeZoneName ?? timeZone;
}

/** "Times are Pacific Time (Portland)." */
export function zoneNote(timeZone: string, city: string): string {
  return `Times are ${zoneName(timeZone)} (${city}).`;
}

/**
 * A closure in words: "Thursday, December 25" or "December 24 – January 2" for whole days, or
 * "Friday, December 5, 12:00 pm – 5:00 pm" for part of one.
 */
export function formatClosure(c: { start: string; end: string }, timeZone: string): string {
  const from = localTime(c.start, timeZone);
  // The last moment inside the closure, so an end at midnight names the day before.
  const last = localTime(new Date(Date.parse(c.end) - 60_000).toISOString(), timeZone);
  const wholeDays = from.minuteOfDay === 0 && localTime(c.end, timeZone).minuteOfDay === 0;
  if (wholeDays) {
    if (from.date === last.date) return formatLocalDate(from.date);
    const short = (d: string) => formatLocalDate(d).replace(/^\w+, /, '');
    return `${short(from.date)} – ${short(last.date)}`;
  }
  const range = `${formatSlotTime(c.start, timeZone)} – ${formatSlotTime(c.end, timeZone)}`;
  return from.date === last.date
    ? `${formatLocalDate(from.date)}, ${range}`
    : `${formatSlotDateTime(c.start, timeZone, false)} – ${formatSlotDateTime(c.end, timeZone, false)}`;
}

/**
 * Clinic-day arithmetic on 'YYYY-MM-DD' strings, for server and client alike. A calendar date has
 * no time zone, so the arithmetic runs on UTC midnights, where every day is 24 hours long; only
 * `clinicDate` looks at a zone (through Intl, so the browser needs no time-zone library).
 */
import { localTime } from './slot-format';

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `date` (not 24-hour periods: DST changes nothing). */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function firstOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastOfMonth(month: string): string {
  return addDays(firstOfMonth(addMonths(month, 1)), -1);
}

/** The date on the clinic's wall calendar at `instant` (today, by default). */
export function clinicDate(instant: Date, timeZone: string): string {
  return localTime(instant.toISOString(), timeZone).date;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayIndex(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** The month as weeks of seven cells, Sunday first (as US calendars are); null pads the edges. */
export function monthWeeks(month: string): Array<Array<string | null>> {
  const first = firstOfMonth(month);
  const last = lastOfMonth(month);
  const cells: Array<string | null> = Array.from({ length: weekdayIndex(first) }, () => null);
  for (let d = first; d <= last; d = addDays(d, 1)) cells.push(d);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export const WEEKDAY_HEADERS = [
  { short: 'Sun', long: 'Sunday' },
  { short: 'Mon', long: 'Monday' },
  { short: 'Tue', long: 'Tuesday' },
  { short: 'Wed', long: 'Wednesday' },
  { short: 'Thu', long: 'Thursday' },
  { short: 'Fri', long: 'Friday' },
  { short: 'Sat', long: 'Saturday' },
] as const;

import { DateTime, type IANAZone } from 'luxon';
import type { MsInterval } from './intervals';
import type { LocalDate, Weekday, WeeklyHours } from './types';
import { parseClock, parseLocalDate } from './validate';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export interface CalendarDay {
  date: LocalDate;
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
}

/** Weekly hours as minutes after local midnight, grouped by weekday, parsed once per query. */
export type HoursByWeekday = ReadonlyMap<Weekday, readonly MsInterval[]>;

export function indexWeeklyHours(weeklyHours: readonly WeeklyHours[]): HoursByWeekday {
  const byWeekday = new Map<Weekday, MsInterval[]>();
  weeklyHours.forEach((hours, i) => {
    const list = byWeekday.get(hours.weekday) ?? [];
    list.push({
      start: parseClock(hours.start, `weeklyHours[${i}].start`),
      end: parseClock(hours.end, `weeklyHours[${i}].end`),
    });
    byWeekday.set(hours.weekday, list);
  });
  return byWeekday;
}

// Calendar arithmetic happens in UTC on purpose: a calendar date has no time zone, and UTC has no
// DST, so adding a day always lands on the next date.
function toCalendarDay(dt: DateTime): CalendarDay {
  return {
    date: dt.toISODate() as LocalDate,
    year: dt.year,
    month: dt.month,
    day: dt.day,
    weekday: dt.weekday as Weekday,
  };
}

export function calendarDay(date: LocalDate, label = 'date'): CalendarDay {
  const { year, month, day } = parseLocalDate(date, label);
  return toCalendarDay(DateTime.utc(year, month, day));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date, 'date');
  return DateTime.utc(year, month, day).plus({ days }).toISODate() as LocalDate;
}

/** Every calendar day from `from` to `to`, both inclusive (nothing when from > to). */
export function* calendarDays(from: LocalDate, to: LocalDate): Generator<CalendarDay> {
  let dt = DateTime.fromISO(from, { zone: 'utc' });
  const last = DateTime.fromISO(to, { zone: 'utc' });
  while (dt <= last) {
    yield toCalendarDay(dt);
    dt = dt.plus({ days: 1 });
  }
}

/** What a clinic wall clock reads at `ms`, expressed as if that reading were a UTC instant. */
export function wallClockMs(ms: number, zone: IANAZone): number {
  return ms + zone.offset(ms) * MINUTE_MS;
}

export function localDateOf(ms: number, zone: IANAZone): LocalDate {
  return new Date(wallClockMs(ms, zone)).toISOString().slice(0, 10);
}

/** Minutes after local midnight shown on the clinic wall clock at `ms`. */
export function localMinuteOfDay(ms: number, zone: IANAZone): number {
  const wall = new Date(wallClockMs(ms, zone));
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
}

/**
 * The instant a wall-clock time on `day` begins: the first instant at which the clinic clock
 * reads at least that time. For ordinary times that is the obvious instant; inside a
 * spring-forward gap it is the first instant after the gap; for a time that happens twice on a
 * fall-back day it is the first occurrence (luxon alone would pick one by its own heuristics).
 */
export function localInstant(day: CalendarDay, minuteOfDay: number, zone: IANAZone): number {
  const hour = Math.floor(minuteOfDay / 60);
  const minute = minuteOfDay % 60;
  const { year, month } = day;
  const dt = DateTime.fromObject({ year, month, day: day.day, hour, minute }, { zone });
  if (!dt.isValid) {
    throw new Error(`Cannot place ${day.date} ${hour}:${minute} in ${zone.name}: ${dt.invalidReason}`);
  }
  const ts = dt.toMillis();
  const requestedWall = DateTime.utc(year, month, day.day, hour, minute).toMillis();
  // luxon moves a non-existent time forward by the gap, so a mismatch means we asked for it.
  if (dt.year !== year || dt.day !== day.day || dt.month !== month || dt.hour !== hour || dt.minute !== minute) {
    return firstInstantShowing(requestedWall, ts, zone);
  }
  // A time is ambiguous only right after a fall-back, when the previous offset was larger.
  const offsetBefore = zone.offset(ts - 25 * HOUR_MS);
  if (offsetBefore > dt.offset) {
    const earlier = requestedWall - offsetBefore * MINUTE_MS;
    if (earlier < ts && zone.offset(earlier) === offsetBefore) return earlier;
  }
  return ts;
}

/** Binary search for the first instant whose wall clock reads >= `wall`, given one that does. */
function firstInstantShowing(wall: number, upper: number, zone: IANAZone): number {
  // 48 h comfortably exceeds any real gap (Samoa skipped a whole day in 2011).
  let lo = upper - 48 * HOUR_MS;
  let hi = upper;
  if (wallClockMs(lo, zone) >= wall || wallClockMs(hi, zone) < wall) {
    throw new Error(`Cannot resolve the clock gap around ${new Date(upper).toISOString()}`);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallClockMs(mid, zone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Absolute working windows of one local day, sorted, merged when they overlap or touch (09–12 and
 * 12–17 is one 09–17 shift, so a 60-minute visit may start at 11:30), and without empty ones
 * (both edges inside a spring-forward gap).
 */
export function workingWindows(
  day: CalendarDay,
  hours: HoursByWeekday,
  zone: IANAZone,
): MsInterval[] {
  const clockWindows = hours.get(day.weekday);
  if (!clockWindows) return [];
  const windows = clockWindows
    .map((w) => ({ start: localInstant(day, w.start, zone), end: localInstant(day, w.end, zone) }))
    .filter((w) => w.end > w.start)
    .sort((a, b) => a.start - b.start);
  const merged: MsInterval[] = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged;
}

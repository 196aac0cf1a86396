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

/** A weekly-hours window as minutes after local midnight. */
interface ClockWindow {
  startMinute: number;
  endMinute: number;
}

/** Weekly hours grouped by weekday, parsed once per query rather than once per date. */
export type HoursByWeekday = ReadonlyMap<Weekday, readonly ClockWindow[]>;

export function indexWeeklyHours(weeklyHours: readonly WeeklyHours[]): HoursByWeekday {
  const byWeekday = new Map<Weekday, ClockWindow[]>();
  weeklyHours.forEach((hours, i) => {
    const list = byWeekday.get(hours.weekday) ?? [];
    list.push({
      startMinute: parseClock(hours.start, `weeklyHours[${i}].start`),
      endMinute: parseClock(hours.end, `weeklyHours[${i}].end`),
    });
    byWeekday.set(hours.weekday, list);
  });
  return byWeekday;
}

// Calendar arithmetic happens on UTC midnights on purpose: a calendar date has no time zone, and
// UTC has no DST, so adding 24 h always lands on the next date. Native Date is used because this
// runs once per day per query and luxon's parsing is comparatively slow.
const DAY_MS = 24 * HOUR_MS;

function utcMidnight(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, does not remap years 0–99
  return d.getTime();
}

function dayFromUtcMidnight(ms: number): CalendarDay {
  const d = new Date(ms);
  return {
    date: d.toISOString().slice(0, 10),
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: (d.getUTCDay() || 7) as Weekday,
  };
}

export function calendarDay(date: LocalDate, label = 'date'): CalendarDay {
  const { year, month, day } = parseLocalDate(date, label);
  return dayFromUtcMidnight(utcMidnight(year, month, day));
}

export function nextCalendarDay(day: CalendarDay): CalendarDay {
  return dayFromUtcMidnight(utcMidnight(day.year, day.month, day.day) + DAY_MS);
}

/** Every calendar day from `from` to `to`, both inclusive (nothing when from > to). */
export function* calendarDays(from: LocalDate, to: LocalDate): Generator<CalendarDay> {
  const last = calendarDay(to, 'to');
  for (let day = calendarDay(from, 'from'); day.date <= last.date; day = nextCalendarDay(day)) {
    yield day;
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

// Each conversion costs luxon tens of microseconds of Intl work, and every booking request asks
// for the same few hundred (date, opening time) pairs. The answer depends only on the tz database,
// which cannot change while the process runs, so memoising is safe; the bound keeps memory flat.
const instantCache = new Map<string, number>();
const INSTANT_CACHE_LIMIT = 50_000;

/**
 * The instant a wall-clock time on `day` begins: the first instant at which the clinic clock
 * reads at least that time. For ordinary times that is the obvious instant; inside a
 * spring-forward gap it is the first instant after the gap; for a time that happens twice on a
 * fall-back day it is the first occurrence (luxon alone picks one by zone-dependent heuristics).
 */
export function localInstant(day: CalendarDay, minuteOfDay: number, zone: IANAZone): number {
  const key = `${zone.name}|${day.date}|${minuteOfDay}`;
  const cached = instantCache.get(key);
  if (cached !== undefined) return cached;
  const instant = resolveLocalInstant(day, minuteOfDay, zone);
  if (instantCache.size >= INSTANT_CACHE_LIMIT) instantCache.clear();
  instantCache.set(key, instant);
  return instant;
}

function resolveLocalInstant(day: CalendarDay, minuteOfDay: number, zone: IANAZone): number {
  const hour = Math.floor(minuteOfDay / 60);
  const minute = minuteOfDay % 60;
  const { year, month } = day;
  const dt = DateTime.fromObject({ year, month, day: day.day, hour, minute }, { zone });
  if (!dt.isValid) {
    throw new Error(
      `Cannot place ${day.date} ${hour}:${minute} in ${zone.name}: ${dt.invalidReason}`,
    );
  }
  const ts = dt.toMillis();
  // luxon moves a non-existent time forward by the gap, so a mismatch means we asked for it.
  if (
    dt.year !== year ||
    dt.day !== day.day ||
    dt.month !== month ||
    dt.hour !== hour ||
    dt.minute !== minute
  ) {
    const requestedWall = DateTime.utc(year, month, day.day, hour, minute).toMillis();
    return firstInstantShowing(requestedWall, ts, zone);
  }
  // A time is ambiguous only right after a fall-back, when the previous offset was larger.
  const offsetBefore = zone.offset(ts - 25 * HOUR_MS);
  if (offsetBefore > dt.offset) {
    const earlier = ts + (dt.offset - offsetBefore) * MINUTE_MS;
    if (zone.offset(earlier) === offsetBefore) return earlier;
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
    .map((w) => ({
      start: localInstant(day, w.startMinute, zone),
      end: localInstant(day, w.endMinute, zone),
    }))
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

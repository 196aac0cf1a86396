import { DateTime } from 'luxon';

/**
 * The times a plan's rhythm asks for, before the diary is consulted: `count` visits, `perWeek`
 * of them in each week (Monday to Sunday), on the preferred weekdays in order, at the same
 * clinic-local wall time. Built from local dates and a wall time in the clinic's zone, never by
 * adding 24-hour periods, so 9:00 stays 9:00 across a DST change.
 */
export interface Rhythm {
  count: number;
  perWeek: number;
  /** ISO weekdays, 1 = Monday. */
  weekdays: readonly number[];
  /** 'HH:MM', clinic-local. */
  time: string;
  /** The first date a visit may fall on, clinic-local 'YYYY-MM-DD'. */
  startDate: string;
  timeZone: string;
}

export interface WantedVisit {
  /** Clinic-local date of the wanted visit. */
  date: string;
  start: Date;
}

/** The wall time on that local date; a time the clocks skip moves forward by the gap (luxon). */
export function localInstant(date: string, time: string, timeZone: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: timeZone }).toJSDate();
}

/** Days to use in each week: the preferred ones first, then the others spread through the week. */
function daysOfWeek(weekdays: readonly number[], perWeek: number): number[] {
  const preferred = [...new Set(weekdays)].filter((d) => d >= 1 && d <= 7);
  const others = [1, 3, 5, 2, 4, 6, 7].filter((d) => !preferred.includes(d));
  return [...preferred, ...others].slice(0, perWeek).sort((a, b) => a - b);
}

export function wantedVisits(r: Rhythm): WantedVisit[] {
  const days = daysOfWeek(r.weekdays, Math.min(Math.max(r.perWeek, 1), 7));
  const first = DateTime.fromISO(r.startDate, { zone: 'utc' });
  let monday = first.minus({ days: first.weekday - 1 });
  const out: WantedVisit[] = [];
  // A year of weeks is far beyond any plan; the bound only guards against a bad input.
  for (let week = 0; week < 53 && out.length < r.count; week++) {
    for (const day of days) {
      const date = monday.plus({ days: day - 1 }).toISODate()!;
      if (date < r.startDate || out.length >= r.count) continue;
      out.push({ date, start: localInstant(date, r.time, r.timeZone) });
    }
    monday = monday.plus({ weeks: 1 });
  }
  return out;
}

/**
 * For each wanted visit, the open start to propose: the wanted time itself when open, else the
 * nearest open start (in time) on a day the plan does not use yet; null when nothing is open.
 * `open` are the open starts of the practitioner's diary over the plan's dates, ascending.
 */
export function pickNearest(
  wanted: readonly WantedVisit[],
  open: readonly Date[],
  dateOf: (instant: Date) => string,
): Array<Date | null> {
  const usedDays = new Set<string>();
  const exact = new Set(open.map((d) => d.getTime()));
  const picks: Array<Date | null> = wanted.map((w) => {
    if (!exact.has(w.start.getTime())) return null;
    usedDays.add(w.date);
    return w.start;
  });
  return picks.map((pick, i) => {
    if (pick) return pick;
    const w = wanted[i]!;
    let best: Date | null = null;
    for (const start of open) {
      if (usedDays.has(dateOf(start))) continue;
      if (
        !best ||
        Math.abs(start.getTime() - w.start.getTime()) < Math.abs(best.getTime() - w.start.getTime())
      )
        best = start;
    }
    if (best) usedDays.add(dateOf(best));
    return best;
  });
}

import { localDateOf, localMinuteOfDay } from './days';
import type { DayOpenings, LocalDate, PartsOfDay } from './types';
import { assertTimeZone } from './validate';

const NOON = 12 * 60;
const FIVE_PM = 17 * 60;

/** Open slots per clinic-local date, sorted by date, for a calendar that marks bookable days. */
export function daysWithOpenings(
  slots: readonly { start: Date }[],
  timeZone: string,
): DayOpenings[] {
  const zone = assertTimeZone(timeZone);
  const counts = new Map<LocalDate, number>();
  for (const slot of slots) {
    const date = localDateOf(slot.start.getTime(), zone);
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, count]) => ({ date, count }));
}

/**
 * Splits slots by their clinic-local start time: morning before 12:00, afternoon 12:00–16:59,
 * evening from 17:00. Input order is kept within each part.
 */
export function groupByPartOfDay<T extends { start: Date }>(
  slots: readonly T[],
  timeZone: string,
): PartsOfDay<T> {
  const zone = assertTimeZone(timeZone);
  const parts: PartsOfDay<T> = { morning: [], afternoon: [], evening: [] };
  for (const slot of slots) {
    const minute = localMinuteOfDay(slot.start.getTime(), zone);
    const part = minute < NOON ? 'morning' : minute < FIVE_PM ? 'afternoon' : 'evening';
    parts[part].push(slot);
  }
  return parts;
}

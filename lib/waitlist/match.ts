import { DateTime } from 'luxon';
import type { PartOfDay } from '@/db/schema/waitlist';

/** Where an opening falls in the clinic's week: what an entry's preferences are matched against. */
export interface OpeningPlace {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  part: PartOfDay;
  /** Clinic-local 'YYYY-MM-DD'. */
  date: string;
}

const NOON = 12 * 60;
const FIVE_PM = 17 * 60;

/** Morning before 12:00, afternoon 12:00–16:59, evening from 17:00 (as the booking picker groups). */
export function openingPlace(start: Date, timeZone: string): OpeningPlace {
  const t = DateTime.fromJSDate(start, { zone: timeZone });
  const minute = t.hour * 60 + t.minute;
  return {
    weekday: t.weekday,
    part: minute < NOON ? 'morning' : minute < FIVE_PM ? 'afternoon' : 'evening',
    date: t.toISODate()!,
  };
}

export interface EntryPreferences {
  weekdays: readonly number[];
  partsOfDay: readonly string[];
  latestDate: string;
}

/** Whether an opening suits an entry's days, parts of the day and latest useful date. */
export function suits(entry: EntryPreferences, place: OpeningPlace): boolean {
  return (
    entry.weekdays.includes(place.weekday) &&
    entry.partsOfDay.includes(place.part) &&
    place.date <= entry.latestDate
  );
}

/**
 * When an offer lapses: the clinic's offer time from now, but never later than the minimum notice
 * before the opening (after that nobody could book it online anyway). Null: too late to offer.
 */
export function offerExpiry(
  now: Date,
  start: Date,
  policy: { offerMinutes: number; minNoticeMinutes: number },
): Date | null {
  const byOfferTime = now.getTime() + policy.offerMinutes * 60_000;
  const byNotice = start.getTime() - policy.minNoticeMinutes * 60_000;
  const expires = Math.min(byOfferTime, byNotice);
  // Less than five minutes to decide is no offer at all.
  return expires - now.getTime() >= 5 * 60_000 ? new Date(expires) : null;
}

import { addDays, clinicDate } from '@/lib/time/calendar';

/** The latest-date picker's range: today to the end of the booking horizon, in clinic time. */
export function latestDateRange(
  policy: { timeZone: string; bookingHorizonDays: number },
  now = new Date(),
): { min: string; max: string; suggested: string } {
  const min = clinicDate(now, policy.timeZone);
  const max = addDays(min, policy.bookingHorizonDays);
  const suggested = addDays(min, Math.min(28, policy.bookingHorizonDays));
  return { min, max, suggested };
}

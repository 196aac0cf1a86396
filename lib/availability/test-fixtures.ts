import { DateTime } from 'luxon';
import type {
  BookingPolicy,
  BusyAppointment,
  PractitionerAvailabilityInput,
  ServiceRule,
  Slot,
  WeeklyHours,
} from './types';

// Shared by the test files only; nothing in the engine imports it.

export const LA = 'America/Los_Angeles';

/** A clinic-local wall time ('YYYY-MM-DDTHH:mm') as an instant. */
export function local(iso: string, zone = LA): Date {
  const dt = DateTime.fromISO(iso, { zone });
  if (!dt.isValid) throw new Error(`bad fixture time ${iso}`);
  return dt.toJSDate();
}

/** Slot starts as clinic-local 'HH:mm' for readable expectations. */
export function clock(slots: readonly { start: Date }[], zone = LA): string[] {
  return slots.map((s) => DateTime.fromJSDate(s.start, { zone }).toFormat('HH:mm'));
}

export function utc(slots: readonly Slot[]): string[] {
  return slots.map((s) => s.start.toISOString());
}

export function policy(overrides: Partial<BookingPolicy> = {}): BookingPolicy {
  return { timeZone: LA, slotStepMinutes: 30, minNoticeMinutes: 0, horizonDays: 60, ...overrides };
}

export function service(overrides: Partial<ServiceRule> = {}): ServiceRule {
  return { durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, ...overrides };
}

export function practitioner(
  weeklyHours: WeeklyHours[],
  overrides: Partial<PractitionerAvailabilityInput> = {},
): PractitionerAvailabilityInput {
  return { practitionerId: 'dr-a', weeklyHours, timeOff: [], appointments: [], ...overrides };
}

export function appointment(
  start: string,
  end: string,
  bufferBeforeMinutes = 0,
  bufferAfterMinutes = 0,
  zone = LA,
): BusyAppointment {
  return {
    start: local(start, zone),
    end: local(end, zone),
    bufferBeforeMinutes,
    bufferAfterMinutes,
  };
}

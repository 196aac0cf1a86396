import { IANAZone } from 'luxon';
import type {
  BookingPolicy,
  BusyAppointment,
  Interval,
  LocalDate,
  PractitionerAvailabilityInput,
  ServiceRule,
} from './types';

// These checks exist because the engine's inputs come from admin-edited settings and the
// database; a silently wrong number here shows patients impossible or double-booked times.

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

// Zones already checked: asking Intl builds a DateTimeFormat each time, on every engine call.
const checkedZones = new Map<string, IANAZone>();

export function assertTimeZone(timeZone: string): IANAZone {
  const known = checkedZones.get(timeZone);
  if (known) return known;
  // IANAZone.isValidZone asks Intl, so it accepts exactly the zones the runtime can convert.
  if (typeof timeZone !== 'string' || !IANAZone.isValidZone(timeZone)) {
    throw new Error(`Invalid IANA time zone: ${JSON.stringify(timeZone)}`);
  }
  const zone = IANAZone.create(timeZone);
  checkedZones.set(timeZone, zone);
  return zone;
}

function assertInteger(value: number, label: string, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${label} must be an integer >= ${min}, got ${String(value)}`);
  }
}

export function assertPolicy(policy: BookingPolicy): IANAZone {
  const zone = assertTimeZone(policy.timeZone);
  assertInteger(policy.slotStepMinutes, 'slotStepMinutes', 1);
  assertInteger(policy.minNoticeMinutes, 'minNoticeMinutes', 0);
  assertInteger(policy.horizonDays, 'horizonDays', 0);
  return zone;
}

export function assertService(service: ServiceRule): void {
  assertInteger(service.durationMinutes, 'durationMinutes', 1);
  assertInteger(service.bufferBeforeMinutes, 'bufferBeforeMinutes', 0);
  assertInteger(service.bufferAfterMinutes, 'bufferAfterMinutes', 0);
}

/** Returns epoch milliseconds so callers never re-read a possibly invalid Date. */
export function assertInstant(value: Date, label: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new Error(`${label} must be a valid Date`);
  return ms;
}

export function assertInterval(interval: Interval, label: string): void {
  const start = assertInstant(interval.start, `${label}.start`);
  const end = assertInstant(interval.end, `${label}.end`);
  if (end < start) throw new Error(`${label} ends before it starts`);
}

function assertAppointment(appointment: BusyAppointment, label: string): void {
  assertInterval(appointment, label);
  assertInteger(appointment.bufferBeforeMinutes, `${label}.bufferBeforeMinutes`, 0);
  assertInteger(appointment.bufferAfterMinutes, `${label}.bufferAfterMinutes`, 0);
}

export function assertPractitioner(practitioner: PractitionerAvailabilityInput): void {
  const id = practitioner.practitionerId;
  if (typeof id !== 'string' || id.length === 0) {
    throw new Error('practitionerId must be a non-empty string');
  }
  practitioner.weeklyHours.forEach((hours, i) => {
    const label = `practitioner ${id} weeklyHours[${i}]`;
    if (!Number.isInteger(hours.weekday) || hours.weekday < 1 || hours.weekday > 7) {
      throw new Error(`${label}.weekday must be 1 (Monday) … 7 (Sunday)`);
    }
    if (parseClock(hours.end, `${label}.end`) <= parseClock(hours.start, `${label}.start`)) {
      throw new Error(`${label} must end after it starts (${hours.start}–${hours.end})`);
    }
  });
  practitioner.timeOff.forEach((interval, i) =>
    assertInterval(interval, `practitioner ${id} timeOff[${i}]`),
  );
  practitioner.appointments.forEach((appointment, i) =>
    assertAppointment(appointment, `practitioner ${id} appointments[${i}]`),
  );
}

/** 'HH:mm' → minutes after local midnight. */
export function parseClock(value: string, label: string): number {
  const match = typeof value === 'string' ? CLOCK.exec(value) : null;
  if (!match) throw new Error(`${label} must be 'HH:mm' between 00:00 and 23:59, got ${value}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function parseLocalDate(value: LocalDate, label: string): DateParts {
  // The strict pattern rejects forms a caller never means (week dates, ordinals, times).
  const match = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [];
  if (year === undefined || month === undefined || day === undefined) {
    throw new Error(`${label} must be a 'YYYY-MM-DD' date, got ${value}`);
  }
  // Round-tripping through Date catches 2026-02-30 and month 13 without luxon's slower parser.
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new Error(`${label} is not a real calendar date: ${value}`);
  }
  return { year, month, day };
}

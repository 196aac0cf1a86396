/**
 * Availability rules, all instants in absolute (UTC) time and all intervals half-open [start, end):
 *
 * 1. Working windows. For each local date in [from, to] (clinic zone), each weekly-hours window of
 *    that weekday becomes absolute instants via luxon. A wall time inside a spring-forward gap
 *    snaps to the first instant after the gap; a wall time that occurs twice (fall-back) means its
 *    first occurrence. Windows of one date that overlap or touch are merged. Candidate starts step
 *    by `slotStepMinutes` of real time from each window's start, and [start, start + duration) must
 *    fit inside the window. Stepping in real time is what keeps the fall-back day free of
 *    duplicates and the spring-forward day free of starts in the skipped hour, while 09:00 stays
 *    09:00 local on both.
 * 2. Conflicts. A slot blocks [start − service.bufferBefore, end + service.bufferAfter); an existing
 *    appointment blocks [start − its bufferBefore, end + its bufferAfter). A slot is free iff its
 *    blocked window overlaps no appointment's blocked window and no time-off interval. Touching
 *    is not overlapping, so zero buffers allow back-to-back visits. Buffers may fall outside
 *    working hours; the visit itself may not.
 * 3. Notice and horizon. start >= now + minNoticeMinutes, and start < now + horizonDays calendar
 *    days in the clinic zone (same wall-clock time N days later, so DST does not shave an hour
 *    off the last day). Dates before today (clinic zone) yield nothing.
 * 3b. Closures. The visit itself [start, end) may not overlap a clinic-wide closure; like working
 *    hours, a closure does not care about buffers.
 * 4. Cost. Busy intervals are sorted and merged once per query; each candidate is then two
 *    binary searches, so a query is O((A + T) log(A + T) + S log(A + T)) rather than O(S × A).
 *
 * `checkSlot`/`isSlotAvailable` evaluate the very same predicates for one start, so a start is
 * available iff `availableSlots` returns it for any date range that includes the start's date.
 */
import { DateTime, type IANAZone } from 'luxon';
import {
  calendarDay,
  calendarDays,
  indexWeeklyHours,
  localDateOf,
  workingWindows,
  type CalendarDay,
  type HoursByWeekday,
} from './days';
import { addDays } from '@/lib/time/calendar';
import { appointmentIndex, overlapsAny, timeOffIndex, type DisjointIntervals } from './intervals';
import type {
  AvailabilityQuery,
  Interval,
  BookingPolicy,
  LocalDate,
  PractitionerAvailabilityInput,
  ServiceRule,
  Slot,
  SlotCheck,
  SlotCheckQuery,
  SlotRejection,
} from './types';
import {
  assertInstant,
  assertPolicy,
  assertPractitioner,
  assertService,
  parseLocalDate,
} from './validate';

const MINUTE_MS = 60_000;

/** Everything a query needs, validated and pre-indexed once. */
export interface PreparedAvailability {
  practitionerId: string;
  zone: IANAZone;
  hours: HoursByWeekday;
  appointments: DisjointIntervals;
  timeOff: DisjointIntervals;
  closures: DisjointIntervals;
  nowMs: number;
  stepMs: number;
  durationMs: number;
  bufferBeforeMs: number;
  bufferAfterMs: number;
  earliestStart: number;
  /** Exclusive. */
  horizonEnd: number;
  today: LocalDate;
  /** Later dates cannot hold a start before `horizonEnd`; one day of slack covers odd zones. */
  lastUsefulDate: LocalDate;
}

export function prepareAvailability(
  practitioner: PractitionerAvailabilityInput,
  service: ServiceRule,
  policy: BookingPolicy,
  now: Date,
  closures: readonly Interval[] = [],
): PreparedAvailability {
  const zone = assertPolicy(policy);
  assertService(service);
  assertPractitioner(practitioner);
  const nowMs = assertInstant(now, 'now');
  const horizonEnd = DateTime.fromMillis(nowMs, { zone })
    .plus({ days: policy.horizonDays })
    .toMillis();
  return {
    practitionerId: practitioner.practitionerId,
    zone,
    hours: indexWeeklyHours(practitioner.weeklyHours),
    appointments: appointmentIndex(practitioner.appointments),
    timeOff: timeOffIndex(practitioner.timeOff),
    closures: timeOffIndex(closures),
    nowMs,
    stepMs: policy.slotStepMinutes * MINUTE_MS,
    durationMs: service.durationMinutes * MINUTE_MS,
    bufferBeforeMs: service.bufferBeforeMinutes * MINUTE_MS,
    bufferAfterMs: service.bufferAfterMinutes * MINUTE_MS,
    earliestStart: nowMs + policy.minNoticeMinutes * MINUTE_MS,
    horizonEnd,
    today: localDateOf(nowMs, zone),
    lastUsefulDate: addDays(localDateOf(horizonEnd, zone), 1),
  };
}

/** Rules 2 and 3 for a start already known to be on a window's grid. */
function rejection(p: PreparedAvailability, start: number): SlotRejection | null {
  if (start < p.earliestStart) return start < p.nowMs ? 'past' : 'too-soon';
  if (start >= p.horizonEnd) return 'beyond-horizon';
  if (overlapsAny(p.closures, start, start + p.durationMs)) return 'closed';
  const blockedStart = start - p.bufferBeforeMs;
  const blockedEnd = start + p.durationMs + p.bufferAfterMs;
  if (overlapsAny(p.timeOff, blockedStart, blockedEnd)) return 'time-off';
  if (overlapsAny(p.appointments, blockedStart, blockedEnd)) return 'conflict';
  return null;
}

/**
 * Calls `onStart` for every open start in [from, to], in chronological order per day. Shared by
 * the single- and multi-practitioner searches so both apply identical rules.
 */
export function forEachOpenStart(
  p: PreparedAvailability,
  from: LocalDate,
  to: LocalDate,
  onStart: (start: number, day: CalendarDay) => void,
): void {
  parseLocalDate(from, 'from');
  parseLocalDate(to, 'to');
  const first = from < p.today ? p.today : from;
  const last = to > p.lastUsefulDate ? p.lastUsefulDate : to;
  for (const day of calendarDays(first, last)) {
    for (const window of workingWindows(day, p.hours, p.zone)) {
      let start = window.start;
      if (start < p.earliestStart) {
        // Jump straight to the first grid point that satisfies the notice period.
        start += Math.ceil((p.earliestStart - start) / p.stepMs) * p.stepMs;
      }
      for (; start + p.durationMs <= window.end && start < p.horizonEnd; start += p.stepMs) {
        if (rejection(p, start) === null) onStart(start, day);
      }
    }
  }
}

/** Open starts for one practitioner, sorted by start, without duplicates. */
export function availableSlots(query: AvailabilityQuery): Slot[] {
  const { practitioner, service, policy, now, from, to } = query;
  const p = prepareAvailability(practitioner, service, policy, now, query.closures);
  const starts: number[] = [];
  forEachOpenStart(p, from, to, (start) => starts.push(start));
  return sortedUnique(starts).map((start) => ({
    start: new Date(start),
    end: new Date(start + p.durationMs),
    practitionerId: p.practitionerId,
  }));
}

export function sortedUnique(values: number[]): number[] {
  // Days and windows are produced in order, so the sort is a no-op except in zones with exotic
  // transitions; it stays as a guarantee rather than an assumption.
  values.sort((a, b) => a - b);
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

/** Re-checks one proposed start against every rule, saying why it is not available. */
export function checkSlot(query: SlotCheckQuery): SlotCheck {
  const { practitioner, service, policy, now } = query;
  const p = prepareAvailability(practitioner, service, policy, now, query.closures);
  const start = assertInstant(query.start, 'start');
  // Notice, horizon and closures first: they explain a stale or past start better than "outside
  // hours", and a closure says why better than the hours of a day nobody works.
  if (start < p.earliestStart)
    return { available: false, reason: start < p.nowMs ? 'past' : 'too-soon' };
  if (start >= p.horizonEnd) return { available: false, reason: 'beyond-horizon' };
  if (overlapsAny(p.closures, start, start + p.durationMs))
    return { available: false, reason: 'closed' };
  const grid = workingGridFit(p, start);
  if (grid !== 'on-grid') return { available: false, reason: grid };
  const reason = rejection(p, start);
  return reason === null ? { available: true } : { available: false, reason };
}

export function isSlotAvailable(query: SlotCheckQuery): boolean {
  return checkSlot(query).available;
}

/** Whether the visit fits a working window, and if it does, whether it starts on its step grid. */
function workingGridFit(
  p: PreparedAvailability,
  start: number,
): 'on-grid' | 'off-grid' | 'outside-working-hours' {
  const date = localDateOf(start, p.zone);
  let fits = false;
  // A window belongs to the date it was defined on; looking one date either side makes this
  // exact even where a transition at midnight moves an instant onto a neighbouring date.
  for (const candidate of [addDays(date, -1), date, addDays(date, 1)]) {
    if (candidate < p.today) continue;
    for (const window of workingWindows(calendarDay(candidate), p.hours, p.zone)) {
      if (start >= window.start && start + p.durationMs <= window.end) {
        if ((start - window.start) % p.stepMs === 0) return 'on-grid';
        fits = true;
      }
    }
  }
  return fits ? 'off-grid' : 'outside-working-hours';
}

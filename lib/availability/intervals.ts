import type { BusyAppointment, Interval, ServiceRule } from './types';

const MINUTE_MS = 60_000;

/** Half-open [start, end) in epoch milliseconds; the engine's hot paths avoid Date objects. */
export interface MsInterval {
  start: number;
  end: number;
}

/**
 * Sorted, pairwise disjoint, non-empty intervals stored as two parallel arrays so an overlap test
 * is a single binary search. Because the intervals are disjoint and sorted by start, their ends
 * are sorted too, which is what makes the search valid.
 */
export interface DisjointIntervals {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * Whether two half-open intervals share any instant. Touching ends do not overlap, and an empty
 * interval overlaps nothing (the naive `a.start < b.end && b.start < a.end` says otherwise).
 */
export function overlaps(a: Interval, b: Interval): boolean {
  return (
    Math.max(a.start.getTime(), b.start.getTime()) < Math.min(a.end.getTime(), b.end.getTime())
  );
}

/** The time an existing appointment keeps its practitioner busy, buffers included. */
export function appointmentBlockedWindow(appointment: BusyAppointment): Interval {
  return {
    start: new Date(appointment.start.getTime() - appointment.bufferBeforeMinutes * MINUTE_MS),
    end: new Date(appointment.end.getTime() + appointment.bufferAfterMinutes * MINUTE_MS),
  };
}

/** The time a new appointment of `service` starting at `start` would keep its practitioner busy. */
export function slotBlockedWindow(start: Date, service: ServiceRule): Interval {
  const startMs = start.getTime();
  return {
    start: new Date(startMs - service.bufferBeforeMinutes * MINUTE_MS),
    end: new Date(startMs + (service.durationMinutes + service.bufferAfterMinutes) * MINUTE_MS),
  };
}

/**
 * Sort once and coalesce, so each later query costs O(log n) instead of a scan. Empty intervals
 * are dropped: [t, t) blocks nothing, but left in the arrays it would look like an overlap.
 */
export function toDisjoint(intervals: readonly MsInterval[]): DisjointIntervals {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { start, end } of sorted) {
    const last = ends.length - 1;
    // Touching intervals merge too; for half-open overlap tests that changes nothing.
    if (last >= 0 && start <= (ends[last] as number)) {
      ends[last] = Math.max(ends[last] as number, end);
    } else {
      starts.push(start);
      ends.push(end);
    }
  }
  return { starts, ends };
}

/** Whether [start, end) overlaps any interval of `set`. */
export function overlapsAny(set: DisjointIntervals, start: number, end: number): boolean {
  // Find the first interval that ends after `start`; only it can be the overlapping one, since
  // every later interval starts after it ends.
  let lo = 0;
  let hi = set.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((set.ends[mid] as number) <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < set.starts.length && (set.starts[lo] as number) < end;
}

/**
 * The appointments whose blocked windows overlap a new booking's blocked window. Generic so a
 * caller passing rows with ids gets those rows back.
 */
export function conflictingAppointments<T extends BusyAppointment>(
  start: Date,
  service: ServiceRule,
  appointments: readonly T[],
): T[] {
  // A linear scan is fine here: it explains one rejected booking, it is not the slot search.
  const blocked = slotBlockedWindow(start, service);
  return appointments.filter((a) => overlaps(blocked, appointmentBlockedWindow(a)));
}

export function appointmentIndex(appointments: readonly BusyAppointment[]): DisjointIntervals {
  return toDisjoint(
    appointments.map((a) => ({
      start: a.start.getTime() - a.bufferBeforeMinutes * MINUTE_MS,
      end: a.end.getTime() + a.bufferAfterMinutes * MINUTE_MS,
    })),
  );
}

export function timeOffIndex(timeOff: readonly Interval[]): DisjointIntervals {
  return toDisjoint(timeOff.map((t) => ({ start: t.start.getTime(), end: t.end.getTime() })));
}

import { localInstant, nextCalendarDay, type CalendarDay } from './days';
import { forEachOpenStart, prepareAvailability, type PreparedAvailability } from './slots';
import type { FirstAvailableQuery, LocalDate, Slot } from './types';

interface Pick {
  practitionerId: string;
  load: number;
}

/**
 * "Any practitioner" search: one slot per distinct start time across everyone passed in.
 *
 * When several practitioners are free at the same start, the one with the fewest appointments on
 * that local date gets it, ties broken by the smallest practitionerId (plain code-unit order, so
 * the result never depends on the server's locale). Spreading load this way keeps one
 * practitioner from collecting every "first available" booking. The count uses the appointments
 * passed in, so the caller should pass every appointment of each searched date.
 */
export function firstAvailableSlots(query: FirstAvailableQuery): Slot[] {
  const { practitioners, service, policy, now, from, to, closures } = query;
  const seen = new Set<string>();
  for (const { practitionerId } of practitioners) {
    if (seen.has(practitionerId)) throw new Error(`Duplicate practitionerId ${practitionerId}`);
    seen.add(practitionerId);
  }

  const picks = new Map<number, Pick>();
  let durationMs = 0;
  for (const practitioner of practitioners) {
    const prepared = prepareAvailability(practitioner, service, policy, now, closures);
    durationMs = prepared.durationMs;
    const loadOn = dailyLoad(
      prepared,
      practitioner.appointments.map((a) => a.start.getTime()),
    );
    forEachOpenStart(prepared, from, to, (start, day) => {
      const candidate = { practitionerId: prepared.practitionerId, load: loadOn(day) };
      const current = picks.get(start);
      if (!current || isBetter(candidate, current)) picks.set(start, candidate);
    });
  }

  return [...picks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, pick]) => ({
      start: new Date(start),
      end: new Date(start + durationMs),
      practitionerId: pick.practitionerId,
    }));
}

function isBetter(a: Pick, b: Pick): boolean {
  if (a.load !== b.load) return a.load < b.load;
  return a.practitionerId < b.practitionerId;
}

/** Appointments starting on a local date, memoised per date; two binary searches per date. */
function dailyLoad(p: PreparedAvailability, appointmentStarts: number[]) {
  const starts = [...appointmentStarts].sort((a, b) => a - b);
  const cache = new Map<LocalDate, number>();
  return (day: CalendarDay): number => {
    const cached = cache.get(day.date);
    if (cached !== undefined) return cached;
    const dayStart = localInstant(day, 0, p.zone);
    const nextDayStart = localInstant(nextCalendarDay(day), 0, p.zone);
    const count = lowerBound(starts, nextDayStart) - lowerBound(starts, dayStart);
    cache.set(day.date, count);
    return count;
  };
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

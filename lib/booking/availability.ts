import 'server-only';
import { db, type Executor } from '@/db';
import {
  loadPolicyAndService,
  loadSchedules,
  type BookableService,
  type ClinicPolicy,
} from '@/db/queries/availability';
import {
  availableSlots,
  firstAvailableSlots,
  type BookingPolicy,
  type PractitionerAvailabilityInput,
  type Slot,
} from '@/lib/availability';
import { availabilityQuerySchema } from '@/lib/validations/booking';
import { addClinicDays, clinicDate, clinicDateWindow, clinicIsoFormatter } from './clinic-time';
import { fieldErrorsFrom } from './field-errors';
import type { AvailabilityView, FieldErrors, SlotView } from './types';

export interface GetAvailabilityInput {
  serviceSlug: string;
  /** A practitioner id, or null for "first available". */
  practitionerId: string | null;
  /** Clinic-local dates 'YYYY-MM-DD', both included, at most 62 days apart. */
  from: string;
  to: string;
  now?: Date;
}

/** Why an availability question has no answer; the API maps `code` to 422 or 404. */
export class AvailabilityQueryError extends Error {
  constructor(
    readonly code: 'invalid' | 'unknown_service' | 'unknown_practitioner',
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = 'AvailabilityQueryError';
  }
}

/**
 * Open slots of one service, for one practitioner or "first available" across everyone offering
 * it. Throws AvailabilityQueryError for bad input, an unknown or inactive service, or a
 * practitioner who does not offer it; anything else thrown is a bug or an outage.
 */
export async function getAvailability(input: GetAvailabilityInput): Promise<AvailabilityView> {
  const parsed = availabilityQuerySchema.safeParse({
    service: input.serviceSlug,
    practitioner: input.practitionerId,
    from: input.from,
    to: input.to,
  });
  if (!parsed.success) {
    throw new AvailabilityQueryError(
      'invalid',
      'Check the dates and try again.',
      fieldErrorsFrom(parsed.error).fieldErrors,
    );
  }
  const q = parsed.data;
  const now = input.now ?? new Date();
  // One round trip: the policy (and so the clinic's zone) is not known yet, so the schedules are
  // read for a window wide enough for any zone; the engine then keeps only the asked dates.
  const from = maxDate(q.from, utcDate(now, -1));
  const window = anyZoneWindow(from, q.to < from ? from : q.to);
  const [{ policy, service }, schedules] = await Promise.all([
    loadPolicyAndService(q.service),
    loadSchedules({ service: { slug: q.service }, practitionerId: q.practitioner, window }),
  ]);
  if (!service)
    throw new AvailabilityQueryError('unknown_service', 'We could not find that therapy.');
  if (q.practitioner && schedules.length === 0) {
    throw new AvailabilityQueryError(
      'unknown_practitioner',
      'That practitioner does not offer this therapy.',
    );
  }
  const slots = computeSlots(
    { policy, service, practitionerId: q.practitioner, from: q.from, to: q.to, now },
    schedules,
  );
  return {
    timeZone: policy.timeZone,
    service: { slug: service.slug, name: service.name, durationMinutes: service.durationMinutes },
    practitionerId: q.practitioner,
    from: q.from,
    to: q.to,
    slots: toSlotViews(slots, policy.timeZone),
  };
}

export interface OpenSlotsQuery {
  policy: ClinicPolicy;
  service: BookableService;
  practitionerId: string | null;
  from: string;
  to: string;
  now: Date;
}

/**
 * The engine's answer from fresh rows, for a caller that already holds the policy and service
 * (the alternatives offered when a slot is taken). Null when a named practitioner does not offer
 * the service.
 */
export async function openSlots(
  query: OpenSlotsQuery,
  executor: Executor = db,
): Promise<Slot[] | null> {
  const { policy, service, practitionerId } = query;
  // Load rows only for dates the engine can answer for: nothing before today or past the horizon.
  const today = clinicDate(query.now, policy.timeZone);
  const lastDate = addClinicDays(today, policy.bookingHorizonDays);
  const from = maxDate(query.from, today);
  const to = query.to > lastDate ? lastDate : query.to;
  const window = clinicDateWindow(from, to < from ? from : to, policy.timeZone);
  const schedules = await loadSchedules(
    { service: { id: service.id }, practitionerId, window },
    executor,
  );
  if (practitionerId && schedules.length === 0) return null;
  return computeSlots(query, schedules);
}

function computeSlots(query: OpenSlotsQuery, schedules: PractitionerAvailabilityInput[]): Slot[] {
  const { policy, service, practitionerId, now, from, to } = query;
  if (to < from) return [];
  const common = { service, policy: enginePolicy(policy), now, from, to };
  if (!practitionerId) return firstAvailableSlots({ ...common, practitioners: schedules });
  return schedules[0] ? availableSlots({ ...common, practitioner: schedules[0] }) : [];
}

const HOUR_MS = 3_600_000;
const maxDate = (a: string, b: string) => (a > b ? a : b);
const utcDate = (instant: Date, days: number) =>
  new Date(instant.getTime() + days * 24 * HOUR_MS).toISOString().slice(0, 10);

/**
 * Local dates [from, to] in any zone lie within UTC [from − 14 h, to + 1 day + 12 h] (offsets run
 * from −12:00 to +14:00); clinicDateWindow's one-day padding is added on top, as for a known zone.
 */
function anyZoneWindow(from: string, to: string): { start: Date; end: Date } {
  const utc = clinicDateWindow(from, to, 'UTC');
  return {
    start: new Date(utc.start.getTime() - 14 * HOUR_MS),
    end: new Date(utc.end.getTime() + 12 * HOUR_MS),
  };
}

export function enginePolicy(policy: ClinicPolicy): BookingPolicy {
  return {
    timeZone: policy.timeZone,
    slotStepMinutes: policy.slotStepMinutes,
    minNoticeMinutes: policy.minNoticeMinutes,
    horizonDays: policy.bookingHorizonDays,
  };
}

export function toSlotViews(slots: readonly Slot[], timeZone: string): SlotView[] {
  const iso = clinicIsoFormatter(timeZone);
  return slots.map((s) => ({
    start: iso(s.start),
    end: iso(s.end),
    practitionerId: s.practitionerId,
  }));
}

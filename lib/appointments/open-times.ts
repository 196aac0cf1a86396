import 'server-only';
import { db, type Executor } from '@/db';
import {
  loadPolicyAndService,
  loadSchedules,
  type BookableService,
  type ClinicPolicy,
  type ClosureInterval,
  type Schedules,
} from '@/db/queries/availability';
import {
  availableSlots,
  firstAvailableSlots,
  type BookingPolicy,
  type Slot,
} from '@/lib/availability';
import { clinicDateWindow, clinicIsoFormatter } from '@/lib/availability/clinic-time';
import { addDays, clinicDate } from '@/lib/time/calendar';
import { availabilityQuerySchema } from '@/lib/validations/booking';
import { fieldErrorsFrom } from './field-errors';
import type { FieldErrors } from './result';
import type { AvailabilityView, ClosureView, SlotView } from './views/types';

/**
 * The one open-times search: the patient flow, the API, the staff calendar and the alternatives
 * offered after a refusal all ask it. Staff differ from patients only in `minimumNotice` (they
 * have the patient on the line); a move passes the appointment being moved so it does not block
 * its own new time.
 */
export interface OpenTimesQuery {
  policy: ClinicPolicy;
  service: BookableService;
  /** One practitioner, or null for "first available". */
  practitionerId: string | null;
  /** Clinic-local dates 'YYYY-MM-DD', both included. */
  from: string;
  to: string;
  now: Date;
  minimumNotice: boolean;
  excludeAppointmentId?: string;
}

/** The engine's policy for this question: the clinic's, without the notice for staff. */
export function enginePolicy(policy: ClinicPolicy, minimumNotice = true): BookingPolicy {
  return {
    timeZone: policy.timeZone,
    slotStepMinutes: policy.slotStepMinutes,
    minNoticeMinutes: minimumNotice ? policy.minNoticeMinutes : 0,
    horizonDays: policy.bookingHorizonDays,
  };
}

/**
 * Open starts from fresh rows, and the closures over those dates; null when a named practitioner
 * does not offer the service. Rows are read only for dates the engine can answer for.
 */
export async function openTimes(
  q: OpenTimesQuery,
  executor: Executor = db,
): Promise<{ slots: Slot[]; closures: ClosureInterval[] } | null> {
  const today = clinicDate(q.now, q.policy.timeZone);
  const lastDate = addDays(today, q.policy.bookingHorizonDays);
  const from = q.from < today ? today : q.from;
  const to = q.to > lastDate ? lastDate : q.to;
  const schedules = await loadSchedules(
    {
      service: { id: q.service.id },
      practitionerId: q.practitionerId,
      window: clinicDateWindow(from, to < from ? from : to, q.policy.timeZone),
      excludeAppointmentId: q.excludeAppointmentId,
    },
    executor,
  );
  if (q.practitionerId && schedules.practitioners.length === 0) return null;
  const asked = clinicDateWindow(from, to < from ? from : to, q.policy.timeZone, 0);
  return {
    slots: computeSlots({ ...q, from, to }, schedules),
    closures: schedules.closures.filter((c) => c.start < asked.end && c.end > asked.start),
  };
}

function computeSlots(q: OpenTimesQuery, schedules: Schedules): Slot[] {
  if (q.to < q.from) return [];
  const common = {
    service: q.service,
    policy: enginePolicy(q.policy, q.minimumNotice),
    now: q.now,
    from: q.from,
    to: q.to,
    closures: schedules.closures,
  };
  if (!q.practitionerId)
    return firstAvailableSlots({ ...common, practitioners: schedules.practitioners });
  const [practitioner] = schedules.practitioners;
  return practitioner ? availableSlots({ ...common, practitioner }) : [];
}

/** openTimes as the pickers show it (the staff calendar, a patient's manage page). */
export async function openTimeViews(
  q: OpenTimesQuery,
): Promise<{ slots: SlotView[]; closures: ClosureView[] } | null> {
  const open = await openTimes(q);
  if (!open) return null;
  return {
    slots: toSlotViews(open.slots, q.policy.timeZone),
    closures: toClosureViews(open.closures, q.policy.timeZone),
  };
}

const WANTED = 6;
// A fortnight usually holds six openings; only a full diary needs the longer second look.
const FIRST_LOOK_DAYS = 14;
const SECOND_LOOK_DAYS = 62;

/**
 * The next open times from `after` on (that instant included), for the same choice: what a
 * refusal offers instead, so nobody has to start again.
 */
export async function nextOpenTimes(
  q: Omit<OpenTimesQuery, 'from' | 'to'> & { after: Date },
): Promise<SlotView[]> {
  const startDate = clinicDate(q.after > q.now ? q.after : q.now, q.policy.timeZone);
  const found: Slot[] = [];
  for (const [fromOffset, toOffset] of [
    [0, FIRST_LOOK_DAYS],
    [FIRST_LOOK_DAYS, SECOND_LOOK_DAYS],
  ] as const) {
    const open = await openTimes({
      ...q,
      from: addDays(startDate, fromOffset),
      to: addDays(startDate, toOffset - 1),
    });
    for (const slot of open?.slots ?? [])
      if (slot.start >= q.after && found.length < WANTED) found.push(slot);
    if (found.length >= WANTED) break;
  }
  return toSlotViews(found, q.policy.timeZone);
}

export function toSlotViews(slots: readonly Slot[], timeZone: string): SlotView[] {
  const iso = clinicIsoFormatter(timeZone);
  return slots.map((s) => ({
    start: iso(s.start),
    end: iso(s.end),
    practitionerId: s.practitionerId,
  }));
}

export function toClosureViews(
  closures: readonly ClosureInterval[],
  timeZone: string,
): ClosureView[] {
  const iso = clinicIsoFormatter(timeZone);
  return closures.map((c) => ({ start: iso(c.start), end: iso(c.end), reason: c.reason }));
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

export interface GetAvailabilityInput {
  serviceSlug: string;
  /** A practitioner id, or null for "first available". */
  practitionerId: string | null;
  /** Clinic-local dates 'YYYY-MM-DD', both included, at most 62 days apart. */
  from: string;
  to: string;
  now?: Date;
  /** The manage page's picker: the patient's own appointment does not block its new time. */
  excludeAppointmentId?: string;
}

/**
 * Open times for patients (the booking flow and GET /api/v1/availability), by service slug, with
 * the closures that explain missing days. Throws AvailabilityQueryError for bad input, an unknown
 * or inactive service, or a practitioner who does not offer it; anything else is a bug or outage.
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
  const [{ policy, service }, schedules] = await Promise.all([
    loadPolicyAndService(q.service),
    loadSchedules({
      service: { slug: q.service },
      practitionerId: q.practitioner,
      window: anyZoneWindow(from, q.to < from ? from : q.to),
      excludeAppointmentId: input.excludeAppointmentId,
    }),
  ]);
  if (!service)
    throw new AvailabilityQueryError('unknown_service', 'We could not find that therapy.');
  if (q.practitioner && schedules.practitioners.length === 0) {
    throw new AvailabilityQueryError(
      'unknown_practitioner',
      'That practitioner does not offer this therapy.',
    );
  }
  const query = { policy, service, practitionerId: q.practitioner, now, minimumNotice: true };
  const slots = computeSlots({ ...query, from: q.from, to: q.to }, schedules);
  const asked = clinicDateWindow(q.from, q.to, policy.timeZone, 0);
  const closures = schedules.closures.filter((c) => c.start < asked.end && c.end > asked.start);
  return {
    timeZone: policy.timeZone,
    service: { slug: service.slug, name: service.name, durationMinutes: service.durationMinutes },
    practitionerId: q.practitioner,
    from: q.from,
    to: q.to,
    slots: toSlotViews(slots, policy.timeZone),
    closures: toClosureViews(closures, policy.timeZone),
  };
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

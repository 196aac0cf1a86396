import 'server-only';
import { IANAZone } from 'luxon';
import { loadSchedules, type BookableService, type ClinicPolicy } from '@/db/queries/availability';
import { checkSlot, firstAvailableSlots, type SlotRejection } from '@/lib/availability';
import { clinicDateWindow, clinicIsoFormatter } from '@/lib/availability/clinic-time';
import { clinicDate } from '@/lib/time/calendar';
import { formatClockTime } from '@/lib/format';
import { enginePolicy, nextOpenTimes } from './open-times';
import { NOT_OFFERED, type NotBookableReason, type Refusal } from './result';

/**
 * Before anything is locked: is the asked start one the clinic could give, and if not, why, in
 * words? Only "someone else holds it" is `slot_taken`; every other reason is `not_bookable`.
 */

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

function offsetMinutes(iso: string): number | null {
  const match = OFFSET.exec(iso);
  if (!match?.[1]) return null;
  const text = match[1];
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

/**
 * A start whose UTC offset is not the clinic zone's offset at that instant: 02:30-08:00 on the
 * spring-forward day (that wall time does not exist), or -07:00 in winter. Never silently moved;
 * the answer names the offset and the start the client probably meant.
 */
export function wrongOffset(
  start: string,
  timeZone: string,
): { expectedOffset: string; formError: string } | null {
  const sent = offsetMinutes(start);
  const instant = new Date(start);
  const zone = IANAZone.create(timeZone);
  if (sent === null || Number.isNaN(instant.getTime()) || !zone.isValid) return null;
  const expected = zone.offset(instant.getTime());
  if (sent === expected) return null;
  const iso = clinicIsoFormatter(timeZone)(instant);
  const expectedOffset = iso.slice(-6);
  return {
    expectedOffset,
    formError:
      `That start uses the UTC offset ${start.slice(-6).replace(/^.*Z$/i, 'Z')}, but the clinic's ` +
      `offset at that moment is ${expectedOffset} (${timeZone}). The same instant is ${iso}: ` +
      'send the start with the clinic’s offset.',
  };
}

/** The refusal for a start written with another offset than the clinic's at that instant. */
export function wrongOffsetRefusal(start: string, timeZone: string): Refusal | null {
  const offset = wrongOffset(start, timeZone);
  if (!offset) return null;
  return {
    ok: false,
    code: 'not_bookable',
    reason: 'wrong_offset',
    formError: offset.formError,
    fieldErrors: { start: [offset.formError] },
    expectedOffset: offset.expectedOffset,
    alternatives: [],
  };
}

/** A patient's or staff member's words for each reason a time is not bookable. */
export function notBookableMessage(
  reason: Exclude<NotBookableReason, 'wrong_offset'>,
  ctx: { policy: ClinicPolicy; start: Date; closureReason?: string },
): string {
  switch (reason) {
    case 'past':
      return 'That time has already passed. Please choose a time from the list.';
    case 'too_soon':
      return `That time is too soon to book online: bookings need ${noticeText(ctx.policy.minNoticeMinutes)} notice. Please choose a later time, or call the clinic.`;
    case 'beyond_horizon':
      return `That time is too far ahead: bookings open ${ctx.policy.bookingHorizonDays} days in advance.`;
    case 'off_grid':
      return `Appointments start every ${ctx.policy.slotStepMinutes} minutes; ${formatClockTime(ctx.start, ctx.policy.timeZone)} is not one of the start times. Please choose a time from the list.`;
    case 'outside_hours':
      return 'That time is outside working hours. Please choose a time from the list.';
    case 'closed':
      return ctx.closureReason
        ? `The clinic is closed then: ${ctx.closureReason}.`
        : 'The clinic is closed then.';
  }
}

function noticeText(minutes: number): string {
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'}’`;
  return `${minutes} minutes’`;
}

const ENGINE_REASONS: Record<
  Exclude<SlotRejection, 'conflict'>,
  Exclude<NotBookableReason, 'wrong_offset'>
> = {
  past: 'past',
  'too-soon': 'too_soon',
  'beyond-horizon': 'beyond_horizon',
  closed: 'closed',
  'off-grid': 'off_grid',
  'outside-working-hours': 'outside_hours',
  'time-off': 'outside_hours',
};

// When several practitioners refuse for different reasons, the one that explains most wins:
// rules of the clinic before one person's hours.
const PRECEDENCE: SlotRejection[] = [
  'past',
  'too-soon',
  'beyond-horizon',
  'closed',
  'conflict',
  'off-grid',
  'time-off',
  'outside-working-hours',
];

export type StartPlan =
  /** Who to try, in order (the named practitioner, or "first available"'s pick order). */
  | { kind: 'try'; order: string[] }
  | { kind: 'not_offered' }
  | { kind: 'refused'; reason: SlotRejection; closureReason?: string };

/**
 * Who to try for a start, from one read without locks (the locked re-check decides in the end).
 * For "first available" the engine's own pick for that start (fewest visits that day, then
 * smallest id) goes first, then whoever it would pick once that one is gone, so the practitioner
 * a patient saw next to the slot gets the booking whenever possible.
 */
export async function planStart(args: {
  service: BookableService;
  policy: ClinicPolicy;
  practitionerId: string | null;
  start: Date;
  now: Date;
  minimumNotice: boolean;
  excludeAppointmentId?: string;
}): Promise<StartPlan> {
  const { service, policy, practitionerId, start, now } = args;
  const date = clinicDate(start, policy.timeZone);
  const { practitioners, closures } = await loadSchedules({
    service: { id: service.id },
    practitionerId,
    window: clinicDateWindow(date, date, policy.timeZone),
    excludeAppointmentId: args.excludeAppointmentId,
  });
  if (practitionerId && practitioners.length === 0) return { kind: 'not_offered' };
  const engine = enginePolicy(policy, args.minimumNotice);
  const reasons = practitioners.map((p) => {
    const check = checkSlot({ practitioner: p, service, policy: engine, now, start, closures });
    return check.available ? null : check.reason;
  });
  const openIds = practitioners.filter((_, i) => reasons[i] === null).map((p) => p.practitionerId);
  if (openIds.length === 0) {
    const reason =
      PRECEDENCE.find((r) => reasons.includes(r)) ?? ('outside-working-hours' as SlotRejection);
    const closure = closures.find(
      (c) =>
        c.start.getTime() < start.getTime() + service.durationMinutes * 60_000 && c.end > start,
    );
    return { kind: 'refused', reason, closureReason: closure?.reason };
  }
  if (practitionerId) return { kind: 'try', order: openIds };
  const order: string[] = [];
  let remaining = practitioners.filter((p) => openIds.includes(p.practitionerId));
  while (remaining.length > 0) {
    const pick = firstAvailableSlots({
      practitioners: remaining,
      service,
      policy: engine,
      now,
      from: date,
      to: date,
      closures,
    }).find((s) => s.start.getTime() === start.getTime());
    if (!pick) break;
    order.push(pick.practitionerId);
    remaining = remaining.filter((p) => p.practitionerId !== pick.practitionerId);
  }
  return { kind: 'try', order };
}

/**
 * The refusal for a time that is not open: `slot_taken` when someone holds it, `not_bookable`
 * with the reason otherwise; either way with the next open times for the same choice.
 */
export async function refusalFor(
  reason: SlotRejection,
  ctx: {
    policy: ClinicPolicy;
    service: BookableService;
    practitionerId: string | null;
    start: Date;
    now: Date;
    minimumNotice: boolean;
    excludeAppointmentId?: string;
    closureReason?: string;
    takenMessage: (hasAlternatives: boolean) => string;
  },
): Promise<Refusal> {
  const alternatives = await nextOpenTimes({ ...ctx, after: ctx.start });
  if (reason === 'conflict') {
    return {
      ok: false,
      code: 'slot_taken',
      formError: ctx.takenMessage(alternatives.length > 0),
      alternatives,
    };
  }
  const mapped = ENGINE_REASONS[reason];
  return {
    ok: false,
    code: 'not_bookable',
    reason: mapped,
    formError: notBookableMessage(mapped, ctx),
    alternatives,
  };
}

export const NOT_OFFERED_REFUSAL: Refusal = {
  ok: false,
  code: 'invalid',
  formError: NOT_OFFERED,
  fieldErrors: { practitioner: [NOT_OFFERED] },
};

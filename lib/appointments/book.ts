import 'server-only';
import { loadPolicyAndService } from '@/db/queries/availability';
import { loadBookingRow } from '@/db/queries/bookings';
import { loadPatientContact } from '@/db/queries/patients';
import {
  bookingScreening,
  EMERGENCY_BOOKING_REFUSAL,
  SCREENING_ACKNOWLEDGEMENT_REQUIRED,
} from '@/lib/clinical/red-flags';
import { logger } from '@/lib/logger';
import { PatientGoneError } from '@/lib/patients/match';
import { BOOKING_RATE_LIMIT, hitRateLimit } from '@/lib/security/rate-limit';
import type { PatientDetails } from '@/lib/validations/booking';
import { idempotencyKeySchema } from '@/lib/validations/booking';
import { logActor, mayChangeDiary, rulesOf, staffOf, type Actor } from './actor';
import { writeBooking } from './book-write';
import { canonicalBookingRequest, canonicalStaffRequest, requestHash } from './online/canonical';
import { replayEarlierBooking } from './online/idempotency';
import { checkRequest, staffReplay, takenMessage } from './book-checks';
import { forbidden, invalid, type Result } from './result';
import { NOT_OFFERED_REFUSAL, planStart, refusalFor } from './start-check';
import { bookedFrom } from './views/booking-view';
import type { BookingView } from './views/types';

export interface BookInput {
  /** The therapy's slug. */
  service: string;
  /** A practitioner id, or null for "first available". */
  practitioner: string | null;
  /** ISO-8601 with the clinic's offset, as the picker (or an API client) sent it. */
  start: string;
  /** A record staff chose, or the details a patient typed (with intake) online. */
  patient: { id: string } | { details: PatientDetails };
  /** Staff bookings: what the desk noted for the visit (the online flow keeps the patient's reason). */
  notes?: string;
}

export interface BookContext {
  now?: Date;
  /** The client's key that makes a retry safe (online and API bookings; desk forms: `desk:<uuid>`). */
  idempotencyKey?: string;
  /** Whose attempts the booking rate limit counts. */
  clientAddress?: string;
}

export interface Booked {
  appointmentId: string;
  practitionerId: string;
  booking: BookingView;
  /** The patient's manage link token (online bookings; staff bookings get theirs by e-mail). */
  manageToken: string | null;
  /** An earlier identical request's booking, answered again. */
  replayed: boolean;
}

function screeningOf(details: PatientDetails) {
  return bookingScreening(details.intake.redFlags, details.intake.screeningAcknowledged);
}

/**
 * The one way an appointment comes into being, for patients in the booking flow, API clients and
 * staff at the desk. Order matters: checks that need no database come first, a replay is answered
 * before the rate limit counts it, and nothing is written before the guarded writer's locked
 * re-check (book-write.ts).
 */
export async function book(
  actor: Actor,
  input: BookInput,
  ctx: BookContext = {},
): Promise<Result<Booked>> {
  const now = ctx.now ?? new Date();
  const rules = rulesOf(actor);
  const details = 'details' in input.patient ? input.patient.details : null;
  // Warning signs (lib/clinical/red-flags.ts): an emergency one stops an online booking, a
  // see-a-doctor-today one needs the patient's acknowledgement and then travels with the visit.
  const screening = rules.intake && details ? screeningOf(details) : { kind: 'clear' as const };
  if (screening.kind === 'emergency')
    return { ok: false, code: 'red_flags', formError: EMERGENCY_BOOKING_REFUSAL };
  if (screening.kind === 'needs_acknowledgement')
    return {
      ok: false,
      code: 'screening_unacknowledged',
      formError: SCREENING_ACKNOWLEDGEMENT_REQUIRED,
      fieldErrors: { 'patient.intake.screeningAcknowledged': [SCREENING_ACKNOWLEDGEMENT_REQUIRED] },
    };
  const key = ctx.idempotencyKey;
  if (details && !idempotencyKeySchema.safeParse(key).success)
    return invalid({}, 'Please reload the page and try again.');

  let choice = input.practitioner;
  const staff = staffOf(actor);
  if (staff?.role === 'practitioner') {
    if (!staff.practitionerId || (choice && choice !== staff.practitionerId))
      return forbidden('You can only book into your own diary.');
    choice = staff.practitionerId;
  }

  // Desk bookings carry the key of the form they were sent from (one per render), so a double
  // submit of "first available" finds the first booking instead of taking a second practitioner.
  const canonical = details
    ? canonicalBookingRequest({ ...input, practitioner: input.practitioner, patient: details })
    : key && 'id' in input.patient
      ? canonicalStaffRequest({
          patientId: input.patient.id,
          service: input.service,
          practitioner: input.practitioner,
          start: input.start,
          notes: input.notes,
        })
      : null;
  const hash = canonical ? requestHash(canonical) : null;
  const start = new Date(input.start);
  // Reads only, started at once so they overlap the replay check and the rate limit.
  const loading = Promise.all([
    loadPolicyAndService(input.service),
    'id' in input.patient ? loadPatientContact(input.patient.id) : Promise.resolve(null),
  ]);
  loading.catch(() => {}); // awaited below, unless a replay or the rate limit answers first
  const replay = () =>
    key && hash && canonical ? replayEarlierBooking(key, hash, canonical, now) : null;
  const earlier = await replay();
  if (earlier) return earlier;

  if (rules.rateLimited) {
    const { limit, windowSeconds } = BOOKING_RATE_LIMIT;
    const hit = await hitRateLimit(
      'booking',
      ctx.clientAddress ?? 'unknown',
      limit,
      windowSeconds,
      {
        now,
      },
    );
    if (!hit.allowed) {
      return {
        ok: false,
        code: 'rate_limited',
        formError:
          'There have been too many booking attempts from your connection. Please wait a few minutes and try again.',
        retryAfterSeconds: hit.retryAfterSeconds,
      };
    }
  }

  const [{ policy, service }, chosenPatient] = await loading;
  const refused = await checkRequest(actor, { policy, service, details, start, input });
  if (refused) return refused;
  if (!service) throw new Error('unreachable: checkRequest refuses a missing service');
  if ('id' in input.patient) {
    if (!chosenPatient) return invalid({}, 'That patient no longer exists. Search again.');
    // Already booked at that very time: a double submit, answered with the first booking.
    const double = await staffReplay(input.patient.id, service, start, now);
    if (double) return double;
  }

  const minimumNotice = rules.minimumNotice;
  const plan = await planStart({
    service,
    policy,
    practitionerId: choice,
    start,
    now,
    minimumNotice,
  });
  if (plan.kind === 'not_offered') return NOT_OFFERED_REFUSAL;
  const search = {
    policy,
    service,
    practitionerId: choice,
    start,
    now,
    minimumNotice,
    takenMessage: (more: boolean) => takenMessage(actor, more),
  };
  if (plan.kind === 'refused')
    return refusalFor(plan.reason, { ...search, closureReason: plan.closureReason });

  for (const practitionerId of plan.order) {
    if (!mayChangeDiary(actor, practitionerId)) continue;
    let outcome: Awaited<ReturnType<typeof writeBooking>>;
    try {
      outcome = await writeBooking({
        actor,
        practitionerId,
        service,
        policy,
        start,
        now,
        patient: 'id' in input.patient ? { id: input.patient.id } : { details: details! },
        screeningFlags:
          screening.kind === 'acknowledged' ? screening.flags.map((flag) => flag.key) : [],
        notes: input.notes,
        idempotency: key && hash && canonical ? { key, hash, canonical } : null,
      });
    } catch (error) {
      if (error instanceof PatientGoneError)
        return invalid({}, 'That patient’s record was erased. Search again or add them as new.');
      throw error;
    }
    if (outcome.kind === 'key_taken') {
      const again = await replay();
      if (again) return again;
      continue; // the other request's row was pruned meanwhile: nothing left to replay
    }
    if (outcome.kind === 'lost') continue;
    const row = await loadBookingRow({ appointmentId: outcome.appointmentId });
    if (!row) throw new Error(`booking ${outcome.appointmentId} vanished after commit`);
    logger.info('appointment booked', {
      appointmentId: row.id,
      practitionerId,
      serviceSlug: service.slug,
      ...logActor(actor),
    });
    return bookedFrom(row, now, outcome.manageToken, false);
  }

  // A parallel request with this key, or a parallel submit at the desk, may have won the race.
  const late =
    (await replay()) ??
    ('id' in input.patient ? await staffReplay(input.patient.id, service, start, now) : null);
  if (late?.ok) return late;
  return refusalFor('conflict', search);
}

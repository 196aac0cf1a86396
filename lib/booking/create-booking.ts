import 'server-only';
import {
  loadPolicyAndService,
  type BookableService,
  type ClinicPolicy,
} from '@/db/queries/availability';
import { loadBookingRow } from '@/db/queries/bookings';
import { findConsultationService } from '@/db/queries/booking-catalog';
import { logger } from '@/lib/logger';
import { hitRateLimit } from '@/lib/security/rate-limit';
import {
  bookingRequestSchema,
  idempotencyKeySchema,
  type BookingRequest,
} from '@/lib/validations/booking';
import { findAlternatives } from './alternatives';
import { bookWithPractitioner } from './book-slot';
import { BOOKING_RATE_LIMIT } from './booking-limits';
import { toBookingView } from './booking-view';
import { candidatePractitioners } from './candidates';
import { canonicalBookingRequest, requestHash } from './canonical';
import { fieldErrorsFrom } from './field-errors';
import { replayEarlierBooking } from './idempotency';
import { consultationFirstMessage, RED_FLAGS_MESSAGE } from './messages';
import type { BookingContext, CreateBookingResult } from './types';

/**
 * The one way to book, behind both the booking form's server action and POST /api/v1/bookings.
 * Order matters: checks that need no database come first, a replay is answered before the rate
 * limit counts it, and only then is anything written.
 */
export async function createBooking(
  request: unknown,
  ctx: BookingContext,
): Promise<CreateBookingResult> {
  const now = ctx.now ?? new Date();
  const parsed = bookingRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, code: 'invalid', ...fieldErrorsFrom(parsed.error) };
  if (!idempotencyKeySchema.safeParse(ctx.idempotencyKey).success) {
    return {
      ok: false,
      code: 'invalid',
      fieldErrors: {},
      formError: 'Please reload the page and try again.',
    };
  }
  const req = parsed.data;
  if (req.patient.intake.redFlags.length > 0) {
    return { ok: false, code: 'red_flags', formError: RED_FLAGS_MESSAGE };
  }

  const canonical = canonicalBookingRequest(req);
  const hash = requestHash(canonical);
  const start = new Date(req.start);
  // Reads only, started at once so they overlap the replay check and the rate limit; their
  // answers are looked at in the same order as always (replay, rate limit, service, candidates).
  const preparing = loadPolicyAndService(req.service).then((loaded) =>
    prepareAttempt(req, loaded, start, now),
  );
  preparing.catch(() => {}); // awaited below, unless a replay or the rate limit answers first
  const earlier = await replayEarlierBooking(ctx.idempotencyKey, hash, canonical, now);
  if (earlier) return earlier;

  if (ctx.source === 'online') {
    const { limit, windowSeconds } = BOOKING_RATE_LIMIT;
    const hit = await hitRateLimit('booking', ctx.clientAddress, limit, windowSeconds, { now });
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

  const prepared = await preparing;
  if (!prepared.ok) return prepared.refusal;
  const { policy, service, candidates } = prepared;
  const attempt = {
    request: req,
    start,
    service,
    policy,
    idempotencyKey: ctx.idempotencyKey,
    requestHash: hash,
    canonicalRequest: canonical,
    source: ctx.source,
    now,
  };
  for (const practitionerId of candidates) {
    const outcome = await bookWithPractitioner({ ...attempt, practitionerId });
    if (outcome.kind === 'key_taken') {
      const replay = await replayEarlierBooking(ctx.idempotencyKey, hash, canonical, now);
      if (replay) return replay;
      continue; // the other request's row was pruned meanwhile: nothing left to replay
    }
    if (outcome.kind === 'booked') {
      const row = await loadBookingRow({ appointmentId: outcome.appointmentId });
      if (!row) throw new Error(`booking ${outcome.appointmentId} vanished after commit`);
      logger.info('booking created', {
        appointmentId: row.id,
        practitionerId,
        serviceSlug: service.slug,
        source: ctx.source,
      });
      return {
        ok: true,
        booking: toBookingView(row, now),
        manageToken: outcome.manageToken,
        replayed: false,
      };
    }
  }

  // A parallel request with this key may have taken the slot before we even got to try it.
  const late = await replayEarlierBooking(ctx.idempotencyKey, hash, canonical, now);
  if (late) return late;
  const alternatives = await findAlternatives({
    policy,
    service,
    practitionerId: req.practitioner,
    after: start,
    now,
  });
  return {
    ok: false,
    code: 'slot_taken',
    formError: alternatives.length
      ? 'Sorry, that time has just been taken. Here are the next open times; your details are kept.'
      : 'Sorry, that time has just been taken and nothing else is open soon. Please call the clinic.',
    alternatives,
  };
}

type Prepared =
  | { ok: true; policy: ClinicPolicy; service: BookableService; candidates: string[] }
  | { ok: false; refusal: CreateBookingResult };

/** The therapy, the consultation rule and who to try, in that order of refusal. */
async function prepareAttempt(
  req: BookingRequest,
  { policy, service }: { policy: ClinicPolicy; service: BookableService | null },
  start: Date,
  now: Date,
): Promise<Prepared> {
  if (!service) {
    const fieldErrors = { service: ['This therapy cannot be booked online.'] };
    return { ok: false, refusal: { ok: false, code: 'invalid', fieldErrors } };
  }
  if (service.requiresConsultation && req.patient.patientType === 'new') {
    const message = consultationFirstMessage(service.name, await findConsultationService());
    const fieldErrors = { 'patient.patientType': [message] };
    return { ok: false, refusal: { ok: false, code: 'invalid', fieldErrors, formError: message } };
  }
  const candidates = await candidatePractitioners({
    service,
    policy,
    practitionerId: req.practitioner,
    start,
    now,
  });
  if (candidates === null) {
    const fieldErrors = { practitioner: ['This practitioner does not offer that therapy.'] };
    return { ok: false, refusal: { ok: false, code: 'invalid', fieldErrors } };
  }
  return { ok: true, policy, service, candidates };
}

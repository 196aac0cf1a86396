import 'server-only';
import { findBookingByToken } from '@/lib/appointments/online/by-token';
import { BOOKING_RATE_LIMIT, hitRateLimit } from '@/lib/security/rate-limit';
import { waitlistJoinSchema } from '@/lib/validations/waitlist';
import { fail, fieldErrorsOf } from '@/lib/actions/result';
import { joinWaitlist, type JoinResult } from './join';

const RATE_LIMITED =
  'There have been too many requests from your connection. Please wait a few minutes and try again.';

/**
 * A patient joining online: the shared schema, then the booking's rate limit (its own counter),
 * then the domain function. With a manage token, the entry is "earlier than" that booking: its
 * therapy, its patient record.
 */
export async function joinWaitlistOnline(
  input: unknown,
  ctx: { clientAddress: string; manageToken?: string; now?: Date },
): Promise<JoinResult> {
  const parsed = waitlistJoinSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { limit, windowSeconds } = BOOKING_RATE_LIMIT;
  const hit = await hitRateLimit('waitlist-join', ctx.clientAddress, limit, windowSeconds, {
    now: ctx.now,
  });
  if (!hit.allowed) return fail(RATE_LIMITED);
  if (ctx.manageToken === undefined) return joinWaitlist(parsed.data, { now: ctx.now });
  const booking = await findBookingByToken(ctx.manageToken);
  if (!booking || (booking.status !== 'booked' && booking.status !== 'confirmed'))
    return fail('This appointment can no longer be changed online.');
  return joinWaitlist(
    { ...parsed.data, service: booking.service.slug },
    {
      now: ctx.now,
      earlierThan: { appointmentId: booking.id, patientId: booking.patientId },
    },
  );
}

import 'server-only';
import { loadSchedules, type BookableService, type ClinicPolicy } from '@/db/queries/availability';
import { firstAvailableSlots } from '@/lib/availability';
import { enginePolicy } from './availability';
import { clinicDate, clinicDateWindow } from './clinic-time';

/**
 * Who to try for a start, in order. A named practitioner is tried even if the page was stale (the
 * locked re-check decides). For "first available" the engine's own pick for that start (fewest
 * visits that day, then smallest id) goes first, then whoever it would pick once that one is gone,
 * so the practitioner a patient saw next to the slot gets the booking whenever possible.
 * Null when the named practitioner does not offer the service.
 */
export async function candidatePractitioners(args: {
  service: BookableService;
  policy: ClinicPolicy;
  practitionerId: string | null;
  start: Date;
  now: Date;
  /** A booking being moved does not block its own new time. */
  excludeAppointmentId?: string;
}): Promise<string[] | null> {
  const { service, policy, practitionerId, start, now } = args;
  const date = clinicDate(start, policy.timeZone);
  const window = clinicDateWindow(date, date, policy.timeZone);
  let remaining = await loadSchedules({
    service: { id: service.id },
    practitionerId,
    window,
    excludeAppointmentId: args.excludeAppointmentId,
  });
  if (practitionerId) return remaining.length ? [practitionerId] : null;
  const order: string[] = [];
  for (;;) {
    const slots = firstAvailableSlots({
      practitioners: remaining,
      service,
      policy: enginePolicy(policy),
      now,
      from: date,
      to: date,
    });
    const pick = slots.find((s) => s.start.getTime() === start.getTime());
    if (!pick) return order;
    order.push(pick.practitionerId);
    remaining = remaining.filter((p) => p.practitionerId !== pick.practitionerId);
  }
}

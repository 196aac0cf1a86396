import 'server-only';
import { loadBookingRow, type BookingRow } from '@/db/queries/bookings';
import { rulesOf, type Actor } from './actor';
import { BOOKING_NOT_FOUND_MESSAGE, findBookingByToken } from './online/by-token';
import { NOT_FOUND } from './result';
import type { ChangeContext } from './status-table';

/** Which appointment a change is about: by id (staff), or by the patient's manage link. */
export type Target = { appointmentId: string } | { manageToken: string };

/** The appointment with what any change needs; null for an unknown id or a wrong link. */
export function loadTarget(target: Target): Promise<BookingRow | null> {
  return 'manageToken' in target
    ? findBookingByToken(target.manageToken)
    : loadBookingRow({ appointmentId: target.appointmentId });
}

/** The status table's context for this actor: patients and API clients get the online cut-off. */
export function changeContext(actor: Actor, row: BookingRow, now: Date): ChangeContext {
  return {
    now,
    timeZone: row.policy.timeZone,
    ...(rulesOf(actor).cancellationCutoff
      ? {
          online: {
            cutoffHours: row.policy.cancellationCutoffHours,
            clinicPhone: row.clinic.phone,
          },
        }
      : {}),
  };
}

/** "Not found" in the words of whoever asked: a patient's link, or a staff member's page. */
export function notFoundFor(target: Target): string {
  return 'manageToken' in target ? BOOKING_NOT_FOUND_MESSAGE : NOT_FOUND;
}

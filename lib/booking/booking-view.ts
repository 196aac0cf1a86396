import type { BookingRow } from '@/db/queries/bookings';
import { clinicIsoFormatter } from './clinic-time';
import type { BookingView } from './types';

const HOUR_MS = 3_600_000;

/**
 * Why a booking can no longer be changed online, in words for the patient, or null when it can.
 * Cancelled, started or past bookings, and anything inside the cancellation cut-off, go through
 * the front desk so a late change is seen by a person.
 */
export function changeBlockedReason(
  booking: Pick<BookingRow, 'status' | 'startsAt'>,
  clinic: { phone: string },
  cutoffHours: number,
  now: Date,
): string | null {
  if (booking.status === 'cancelled') return 'This appointment has been cancelled.';
  if (booking.status !== 'booked' && booking.status !== 'confirmed') {
    return 'This appointment has already taken place.';
  }
  const untilStart = booking.startsAt.getTime() - now.getTime();
  if (untilStart <= 0) return 'This appointment has already taken place.';
  if (untilStart < cutoffHours * HOUR_MS) {
    return (
      `Your appointment is less than ${cutoffHours} hours away, so it can't be changed online. ` +
      `Please call the clinic on ${clinic.phone} and we'll help.`
    );
  }
  return null;
}

export function toBookingView(row: BookingRow, now: Date): BookingView {
  const iso = clinicIsoFormatter(row.policy.timeZone);
  const blocked = changeBlockedReason(row, row.clinic, row.policy.cancellationCutoffHours, now);
  const { clinic } = row;
  return {
    id: row.id,
    status: row.status,
    start: iso(row.startsAt),
    end: iso(row.endsAt),
    timeZone: row.policy.timeZone,
    service: {
      slug: row.service.slug,
      name: row.service.name,
      durationMinutes: row.service.durationMinutes,
      priceCents: row.service.priceCents,
    },
    practitioner: row.practitioner,
    patientFirstName: row.patientName.trim().split(/\s+/)[0] ?? '',
    clinic: {
      name: clinic.name,
      phone: clinic.phone,
      email: clinic.email,
      address: [
        clinic.addressLine1,
        clinic.addressLine2,
        clinic.city,
        `${clinic.region} ${clinic.postalCode}`,
      ]
        .filter(Boolean)
        .join(', '),
    },
    canChange: blocked === null,
    changeBlockedReason: blocked,
    cancellationCutoffHours: row.policy.cancellationCutoffHours,
  };
}

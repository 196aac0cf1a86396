import type { BookingRow } from '@/db/queries/bookings';
import { clinicIsoFormatter } from '@/lib/availability/clinic-time';
import { isRedFlagKey, TIER_GUIDANCE } from '@/lib/clinical/red-flags';
import type { Booked } from '../book';
import { changeRefusal } from '../status-table';
import type { BookingView, ScreeningView } from './types';

/**
 * Why a patient can no longer change this booking online, in their words, or null when they can:
 * the status table's rule for moving and cancelling, with the online cut-off (status-table.ts).
 */
export function onlineChangeBlockedReason(row: BookingRow, now: Date): string | null {
  return changeRefusal(row, 'move', {
    now,
    timeZone: row.policy.timeZone,
    online: { cutoffHours: row.policy.cancellationCutoffHours, clinicPhone: row.clinic.phone },
  });
}

export function toBookingView(row: BookingRow, now: Date): BookingView {
  const iso = clinicIsoFormatter(row.policy.timeZone);
  const blocked = onlineChangeBlockedReason(row, now);
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
    screening: screeningView(row.screeningFlags),
  };
}

/** Stored flags as the patient sees them again; keys the module no longer knows are left out. */
export function screeningView(stored: readonly string[]): ScreeningView | null {
  const flags = stored.filter(isRedFlagKey);
  if (flags.length === 0) return null;
  const guidance = TIER_GUIDANCE['see-doctor-today'];
  return {
    tier: 'see-doctor-today',
    flags,
    acknowledged: true,
    advice: `${guidance.heading}. ${guidance.booking}`,
  };
}

/** A booking as book() answers it: a new one, a replay of an earlier request, a double submit. */
export function bookedFrom(
  row: BookingRow,
  now: Date,
  manageToken: string | null,
  replayed: boolean,
): { ok: true; data: Booked } {
  return {
    ok: true,
    data: {
      appointmentId: row.id,
      practitionerId: row.practitionerId,
      booking: toBookingView(row, now),
      manageToken,
      replayed,
    },
  };
}

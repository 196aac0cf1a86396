/**
 * What the appointment lifecycle shows to the outside: the patient flow (app/(booking)), the public
 * API (app/api/v1) and the dashboard. Plain data, no server code, so client components may import
 * these types.
 */
import type { AppointmentStatus } from '@/db/schema';

export interface SlotView {
  /** ISO-8601 instant with the clinic's offset, e.g. 2026-11-23T09:00:00-08:00 */
  start: string;
  end: string;
  practitionerId: string;
}

/** A clinic-wide closure overlapping the asked dates; `reason` is meant for patients. */
export interface ClosureView {
  start: string;
  end: string;
  reason: string;
}

export interface AvailabilityView {
  timeZone: string;
  service: { slug: string; name: string; durationMinutes: number };
  practitionerId: string | null;
  from: string; // YYYY-MM-DD, clinic-local
  to: string;
  slots: SlotView[];
  closures: ClosureView[];
}

/** What a patient sees about their own booking (confirmation and manage pages, the API). */
export interface BookingView {
  id: string;
  status: AppointmentStatus;
  start: string;
  end: string;
  timeZone: string;
  service: { slug: string; name: string; durationMinutes: number; priceCents: number };
  practitioner: { id: string; name: string; title: string };
  /** The first name typed for this booking. */
  patientFirstName: string;
  clinic: { name: string; phone: string; email: string; address: string };
  /** False when cancelled, in the past, or inside the cancellation cut-off. */
  canChange: boolean;
  /** Why changes are not possible online, in words for the patient. */
  changeBlockedReason: string | null;
  cancellationCutoffHours: number;
  /**
   * The see-a-doctor-today warning signs the patient ticked and acknowledged when booking
   * (lib/clinical/red-flags.ts keys), with the advice in words; null when none were ticked.
   */
  screening: ScreeningView | null;
}

export interface ScreeningView {
  tier: 'see-doctor-today';
  flags: string[];
  acknowledged: true;
  advice: string;
}

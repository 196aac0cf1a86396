/**
 * The booking domain's contract, shared by the patient flow (app/(booking)), the public API
 * (app/api/v1) and, later, the staff dashboard. Implementations live beside this file.
 */
import type { BookingRequest } from '@/lib/validations/booking';

export interface SlotView {
  /** ISO-8601 instant with the clinic's offset, e.g. 2026-11-23T09:00:00-08:00 */
  start: string;
  end: string;
  practitionerId: string;
}

export interface AvailabilityView {
  timeZone: string;
  service: { slug: string; name: string; durationMinutes: number };
  practitionerId: string | null;
  from: string; // YYYY-MM-DD, clinic-local
  to: string;
  slots: SlotView[];
}

/** What a patient sees about their own booking (confirmation and manage pages). */
export interface BookingView {
  id: string;
  status: 'booked' | 'confirmed' | 'arrived' | 'completed' | 'no_show' | 'cancelled';
  start: string;
  end: string;
  timeZone: string;
  service: { slug: string; name: string; durationMinutes: number; priceCents: number };
  practitioner: { id: string; name: string; title: string };
  patientFirstName: string;
  clinic: { name: string; phone: string; email: string; address: string };
  /** False when cancelled, in the past, or inside the cancellation cut-off. */
  canChange: boolean;
  /** Why changes are not possible online, in words for the patient. */
  changeBlockedReason: string | null;
  cancellationCutoffHours: number;
}

export type FieldErrors = Partial<Record<string, string[]>>;

export type CreateBookingResult =
  | { ok: true; booking: BookingView; manageToken: string; replayed: boolean }
  | { ok: false; code: 'invalid'; fieldErrors: FieldErrors; formError?: string }
  | { ok: false; code: 'red_flags'; formError: string }
  | { ok: false; code: 'slot_taken'; formError: string; alternatives: SlotView[] }
  | { ok: false; code: 'idempotency_mismatch'; formError: string }
  | { ok: false; code: 'rate_limited'; formError: string; retryAfterSeconds: number };

export interface BookingContext {
  idempotencyKey: string;
  clientAddress: string;
  source: 'online' | 'staff';
  now?: Date;
}

export type { BookingRequest };

/** Answer of cancelBookingByToken and rescheduleBookingByToken (lib/booking/manage.ts). */
export type ManageBookingResult =
  | { ok: true; booking: BookingView }
  | { ok: false; code: 'not_found'; formError: string }
  | { ok: false; code: 'invalid'; fieldErrors: FieldErrors; formError?: string }
  /** Cancelled, past or inside the cut-off; `formError` says to call the clinic, with its number. */
  | { ok: false; code: 'not_allowed'; formError: string }
  | { ok: false; code: 'slot_taken'; formError: string; alternatives: SlotView[] };

import type { SlotView } from './views/types';

/**
 * The one result of every change to an appointment, whoever asks: server actions return it as it
 * is (it is an ActionResult: `ok`, `data` or `formError` / `fieldErrors`), and /api/v1 maps `code`
 * to a status (app/api/v1/bookings/response.ts). Expected refusals are returned; only bugs throw.
 */
export type Result<T> = { ok: true; data: T } | Refusal;

export type FieldErrors = Partial<Record<string, string[]>>;

/** Why a time cannot be booked although nobody holds it (422 `not_bookable` in the API). */
export type NotBookableReason =
  | 'past'
  | 'too_soon'
  | 'beyond_horizon'
  | 'off_grid'
  | 'outside_hours'
  | 'closed'
  /** The start's UTC offset is not the clinic zone's offset at that instant. */
  | 'wrong_offset';

export interface ConflictView {
  id: string;
  startsAt: string;
  endsAt: string;
  patientName: string;
  serviceName: string;
  practitionerName?: string;
}

export type Refusal =
  | { ok: false; code: 'invalid'; fieldErrors: FieldErrors; formError?: string }
  | { ok: false; code: 'not_found'; formError: string }
  /** Not this person's to change: another practitioner's diary, a role that may not. */
  | { ok: false; code: 'forbidden'; formError: string }
  /** The appointment's state or the clock says no (cancelled, past, inside the cut-off, …). */
  | { ok: false; code: 'not_allowed'; formError: string }
  | {
      ok: false;
      code: 'not_bookable';
      reason: NotBookableReason;
      formError: string;
      fieldErrors?: FieldErrors;
      /** For `wrong_offset`: the clinic's offset at that instant, e.g. "-07:00". */
      expectedOffset?: string;
      /** The next open times from the asked one on, same choice. */
      alternatives: SlotView[];
    }
  /** Someone else holds the time. */
  | { ok: false; code: 'slot_taken'; formError: string; alternatives: SlotView[] }
  /** An emergency warning sign was ticked: online booking stops (lib/clinical/red-flags.ts). */
  | { ok: false; code: 'red_flags'; formError: string }
  /** A see-a-doctor-today warning sign was ticked without the patient's acknowledgement. */
  | {
      ok: false;
      code: 'screening_unacknowledged';
      formError: string;
      fieldErrors: FieldErrors;
    }
  | { ok: false; code: 'idempotency_mismatch'; formError: string }
  | { ok: false; code: 'rate_limited'; formError: string; retryAfterSeconds: number }
  /** Appointments stand in the way (time off, a closure); nothing was written. */
  | { ok: false; code: 'conflicts'; formError: string; conflicts: ConflictView[] };

export type RefusalCode = Refusal['code'];

/** Type guard for a refusal with a given code, on a result as it comes back from an action. */
export function refusedWith<C extends RefusalCode>(
  result: { ok: boolean },
  code: C,
): result is Extract<Refusal, { code: C }> {
  return !result.ok && 'code' in result && (result as { code: unknown }).code === code;
}

/** The next open times a refusal offers, if any (taken or not bookable). */
export function alternativesOf(result: { ok: boolean }): SlotView[] {
  if (refusedWith(result, 'slot_taken') || refusedWith(result, 'not_bookable'))
    return result.alternatives;
  return [];
}

export const invalid = (fieldErrors: FieldErrors, formError?: string): Refusal =>
  formError
    ? { ok: false, code: 'invalid', fieldErrors, formError }
    : { ok: false, code: 'invalid', fieldErrors };
export const notFound = (formError = NOT_FOUND): Refusal => ({
  ok: false,
  code: 'not_found',
  formError,
});
export const forbidden = (formError = NOT_YOUR_DIARY): Refusal => ({
  ok: false,
  code: 'forbidden',
  formError,
});
export const notAllowed = (formError: string): Refusal => ({
  ok: false,
  code: 'not_allowed',
  formError,
});

export const NOT_FOUND = 'This appointment no longer exists.';
export const NOT_YOUR_DIARY = 'You can only change appointments in your own diary.';
export const NOT_OFFERED = 'This practitioner does not offer that therapy.';

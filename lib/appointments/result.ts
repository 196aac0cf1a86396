import type { ActionResult } from '@/lib/actions/result';
import type { SlotView } from '@/lib/booking/types';

/**
 * Failures that carry more than a message. Both are still ActionResult failures (`ok: false` with
 * a `formError`), so they travel through staffAction unchanged; the client tells them apart by code.
 */
export interface SlotTakenFailure {
  ok: false;
  code: 'slot_taken';
  formError: string;
  /** The next open times for the same choice, so staff can pick again without re-entering anything. */
  alternatives: SlotView[];
}

export interface ConflictView {
  id: string;
  startsAt: string;
  endsAt: string;
  patientName: string;
  serviceName: string;
}

export interface TimeOffConflictFailure {
  ok: false;
  code: 'conflicts';
  formError: string;
  conflicts: ConflictView[];
}

export function isSlotTaken(result: ActionResult<unknown>): result is SlotTakenFailure {
  return !result.ok && 'code' in result && result.code === 'slot_taken';
}

export function isTimeOffConflict(result: ActionResult<unknown>): result is TimeOffConflictFailure {
  return !result.ok && 'code' in result && result.code === 'conflicts';
}

export const failure = (formError: string, fieldErrors?: Partial<Record<string, string[]>>) =>
  ({ ok: false, formError, ...(fieldErrors ? { fieldErrors } : {}) }) as const;

export const NOT_FOUND = 'This appointment no longer exists.';
export const NOT_YOUR_DIARY = 'You can only change appointments in your own diary.';

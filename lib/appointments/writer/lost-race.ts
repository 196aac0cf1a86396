import { sqlState } from '@/db/client';
import type { SlotRejection } from '@/lib/availability';

/** Exclusion violation, deadlock, serialization failure: each means "someone else got there first". */
const LOST_RACE = new Set(['23P01', '40P01', '40001']);

export function isLostRace(error: unknown): boolean {
  return LOST_RACE.has(sqlState(error) ?? '');
}

/** Thrown inside a write to roll it back when the re-check under the diary lock says no. */
export class ClaimRefused extends Error {
  constructor(readonly reason: SlotRejection) {
    super(`time not open on fresh rows: ${reason}`);
    this.name = 'ClaimRefused';
  }
}

/** Whether a write failed because the time was not open after all (refused or lost). */
export function lostTheTime(error: unknown): boolean {
  return error instanceof ClaimRefused || isLostRace(error);
}

import { sqlState } from '@/db/client';

/** Exclusion violation, deadlock, serialization failure: each means "someone else got there first". */
const LOST_RACE = new Set(['23P01', '40P01', '40001']);

export function isLostRace(error: unknown): boolean {
  return LOST_RACE.has(sqlState(error) ?? '');
}

/** Thrown inside a booking transaction to roll it back when the locked re-check says no. */
export class SlotUnavailableError extends Error {
  constructor() {
    super('slot not available on fresh rows');
    this.name = 'SlotUnavailableError';
  }
}

import 'server-only';
import { loadBookingRow, type BookingRow } from '@/db/queries/bookings';
import { hashManageToken, isWellFormedManageToken } from './tokens';
import type { ManageBookingResult } from './types';

export interface ManageOptions {
  /** The clock; tests pass it so they never depend on today's date. */
  now?: Date;
}

export const BOOKING_NOT_FOUND = {
  ok: false,
  code: 'not_found',
  formError:
    'We could not find that booking. Please use the link from your confirmation, or call the clinic.',
} as const satisfies ManageBookingResult;

/** The booking behind a manage token; null for a malformed, unknown or wrong one. */
export async function findBookingByToken(token: string): Promise<BookingRow | null> {
  if (!isWellFormedManageToken(token)) return null;
  return loadBookingRow({ manageTokenHash: hashManageToken(token) });
}

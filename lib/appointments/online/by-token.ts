import 'server-only';
import { loadBookingRow, type BookingRow } from '@/db/queries/bookings';
import { toBookingView } from '../views/booking-view';
import type { BookingView } from '../views/types';
import { hashManageToken, isWellFormedManageToken } from './manage-token';

export const BOOKING_NOT_FOUND_MESSAGE =
  'We could not find that booking. Please use the link from your confirmation, or call the clinic.';

/** The booking behind a manage token; null for a malformed, unknown or wrong one. */
export async function findBookingByToken(token: string): Promise<BookingRow | null> {
  if (!isWellFormedManageToken(token)) return null;
  return loadBookingRow({ manageTokenHash: hashManageToken(token) });
}

/** The booking behind a manage link as its patient sees it, or null for a wrong link. */
export async function getBookingByToken(
  token: string,
  options: { now?: Date } = {},
): Promise<BookingView | null> {
  const row = await findBookingByToken(token);
  return row ? toBookingView(row, options.now ?? new Date()) : null;
}

/** After this many days past its end, a visit's manage link shows nothing about it any more. */
export const MANAGE_LINK_DAYS_AFTER_VISIT = 30;
const DAY_MS = 86_400_000;

/**
 * What a manage link may show. Once the booking has ended — cancelled, or its visit ended more
 * than 30 days ago — the link shows only that, and the clinic's phone: a link found later in an
 * old e-mail or a shared inbox gives away no name, therapy, practitioner or time.
 */
export type ManageLinkView =
  /** `calendarSequence`: the SEQUENCE the appointment's e-mailed invites carry now. */
  | { kind: 'active'; booking: BookingView; calendarSequence: number }
  | { kind: 'ended'; clinic: { name: string; phone: string } };

export function manageLinkEnded(row: Pick<BookingRow, 'status' | 'endsAt'>, now: Date): boolean {
  return (
    row.status === 'cancelled' ||
    row.endsAt.getTime() < now.getTime() - MANAGE_LINK_DAYS_AFTER_VISIT * DAY_MS
  );
}

/** The manage page and its calendar file: null for a wrong link. */
export async function openManageLink(
  token: string,
  options: { now?: Date } = {},
): Promise<ManageLinkView | null> {
  const row = await findBookingByToken(token);
  if (!row) return null;
  const now = options.now ?? new Date();
  if (manageLinkEnded(row, now))
    return { kind: 'ended', clinic: { name: row.clinic.name, phone: row.clinic.phone } };
  return { kind: 'active', booking: toBookingView(row, now), calendarSequence: row.icsSequence };
}

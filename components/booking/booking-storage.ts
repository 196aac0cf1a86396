/**
 * What the patient typed, kept in sessionStorage (this tab only, gone when it closes) so a reload
 * or going back to change the time loses nothing. Storage can be unavailable (private modes,
 * blocked cookies): every helper then quietly does nothing and the flow still works.
 */
import { useSyncExternalStore } from 'react';
import type { PatientDetailsInput } from '@/lib/validations/booking';

const DETAILS = 'larkfield:booking:details:v1';
const REQUEST_KEY = 'larkfield:booking:idempotency:v1';
const SERVER_ERRORS = 'larkfield:booking:server-errors:v1';

export type StoredDetails = Partial<PatientDetailsInput>;

function read(key: string): unknown {
  try {
    const text = window.sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the form still works, it just won't survive a reload.
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function loadDetails(): StoredDetails | null {
  const value = read(DETAILS);
  return isObject(value) ? (value as StoredDetails) : null;
}

export function saveDetails(details: StoredDetails): void {
  write(DETAILS, details);
}

/**
 * One idempotency key per booking request: a retry of the same request (double tap, flaky
 * network, reload on review) reuses it, so the server answers with the first booking instead of
 * making a second; a changed request (another time, edited details) gets a fresh key.
 */
export function idempotencyKeyFor(fingerprint: string): string {
  const stored = read(REQUEST_KEY);
  if (isObject(stored) && stored.fingerprint === fingerprint && typeof stored.key === 'string')
    return stored.key;
  const key = crypto.randomUUID();
  write(REQUEST_KEY, { fingerprint, key });
  return key;
}

export function forgetIdempotencyKey(): void {
  write(REQUEST_KEY, null);
}

/** Field errors from the server, handed from the review step back to the details form. */
export function saveServerErrors(errors: Record<string, string>): void {
  write(SERVER_ERRORS, errors);
}

export function takeServerErrors(): Record<string, string> | null {
  const value = read(SERVER_ERRORS);
  write(SERVER_ERRORS, null);
  if (!isObject(value)) return null;
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** After a booking is made nothing personal stays behind on the device. */
export function clearBookingStorage(): void {
  write(DETAILS, null);
  write(REQUEST_KEY, null);
  write(SERVER_ERRORS, null);
}

const noSubscription = () => () => {};

/** The stored details as text: undefined on the server (and during hydration), null when none. */
export function useStoredDetailsText(): string | null | undefined {
  return useSyncExternalStore(
    noSubscription,
    () => {
      try {
        return window.sessionStorage.getItem(DETAILS);
      } catch {
        return null;
      }
    },
    () => undefined,
  );
}

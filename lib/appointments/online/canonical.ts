import { createHash } from 'node:crypto';
import type { BookingRequest } from '@/lib/validations/booking';

/**
 * One string per booking request *meaning*: object keys sorted, and the start reduced to the UTC
 * instant, so '09:00-08:00' and '17:00Z' (or a re-ordered JSON body) count as the same request for
 * idempotency. It is built from the parsed request, so zod's trimming and e-mail lower-casing apply.
 */
export function canonicalBookingRequest(request: BookingRequest): string {
  return stableStringify({ ...request, start: new Date(request.start).toISOString() });
}

/**
 * A desk booking's meaning, for the key its form was rendered with (book.ts): the same patient,
 * therapy, practitioner choice, time and notes. "First available" stays null, so a double submit
 * of it is one request even when the second would have landed with someone else.
 */
export function canonicalStaffRequest(input: {
  patientId: string;
  service: string;
  practitioner: string | null;
  start: string;
  notes?: string;
}): string {
  return stableStringify({ ...input, start: new Date(input.start).toISOString(), desk: true });
}

export function requestHash(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

import { z } from './zod';

/** A UUID in its canonical text form (ids in URLs and forms are checked before any query). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A therapy, by its URL slug (the booking request, staff bookings, care plans, the waitlist). */
export function serviceSlugField(message = 'Choose a therapy.') {
  return z.string().regex(/^[a-z0-9-]{1,80}$/, message);
}

/** ISO weekdays (1 = Monday … 7 = Sunday), at least one: a care plan's rhythm, a waitlist wish. */
export function weekdaysField(message: string) {
  return z.array(z.coerce.number().int().min(1).max(7)).min(1, message).max(7);
}

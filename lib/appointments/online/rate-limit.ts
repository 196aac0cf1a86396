/** Booking attempts per client address: generous for a family booking, tight for a script. */
export const BOOKING_RATE_LIMIT = { limit: 10, windowSeconds: 600 } as const;

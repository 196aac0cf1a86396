import { describe, expect, it } from 'vitest';
import { availabilityQuerySchema, idempotencyKeySchema, MAX_AVAILABILITY_DAYS } from './booking';

describe('availabilityQuerySchema', () => {
  const q = (from: string, to: string) =>
    availabilityQuerySchema.safeParse({ service: 'chiropractic-adjustment', from, to });

  it(`accepts 1 to ${MAX_AVAILABILITY_DAYS} days, both ends included`, () => {
    expect(q('2030-03-01', '2030-03-01').success).toBe(true);
    expect(q('2030-03-01', '2030-05-01').success).toBe(true); // 62 days
    expect(q('2030-03-01', '2030-05-02').success).toBe(false);
    expect(q('2030-03-02', '2030-03-01').success).toBe(false);
  });

  it('refuses impossible dates and defaults the practitioner to "first available"', () => {
    expect(q('2030-02-29', '2030-03-01').success).toBe(false);
    expect(q('2032-02-29', '2032-03-01').data?.practitioner).toBeNull();
  });
});

describe('idempotencyKeySchema', () => {
  it('takes 8–200 URL-safe characters', () => {
    expect(idempotencyKeySchema.safeParse('a'.repeat(8)).success).toBe(true);
    expect(idempotencyKeySchema.safeParse(crypto.randomUUID()).success).toBe(true);
    expect(idempotencyKeySchema.safeParse('a'.repeat(7)).success).toBe(false);
    expect(idempotencyKeySchema.safeParse('a'.repeat(201)).success).toBe(false);
    expect(idempotencyKeySchema.safeParse('key with spaces').success).toBe(false);
  });
});

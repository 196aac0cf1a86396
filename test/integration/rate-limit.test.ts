import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { like } from 'drizzle-orm';
import { db } from '@/db';
import { rateLimits } from '@/db/schema';
import { hitRateLimit } from '@/lib/security/rate-limit';

describe('rate limits stored in the database', () => {
  it('allows `limit` hits in a window, refuses the next, and opens again in the next window', async () => {
    const bucket = `test:${randomUUID()}`;
    const now = new Date('2030-01-01T10:00:10Z');
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit('test', bucket, 3, 60, { now }));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBe(50);
    const later = await hitRateLimit('test', bucket, 3, 60, {
      now: new Date('2030-01-01T10:01:00Z'),
    });
    expect(later.allowed).toBe(true);
  });

  it('counts concurrent hits without losing any', async () => {
    const bucket = `test:${randomUUID()}`;
    const now = new Date('2030-01-01T10:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => hitRateLimit('test', bucket, 5, 60, { now })),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it('stores the key only as a hash, never the address or e-mail itself', async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    await hitRateLimit('test:address', address, 5, 60);
    const rows = await db
      .select({ bucket: rateLimits.bucket })
      .from(rateLimits)
      .where(like(rateLimits.bucket, 'test:address:%'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.bucket.includes(address))).toBe(false);
  });
});

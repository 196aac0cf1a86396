import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { idempotencyKeys, rateLimits } from '@/db/schema';
import { outboxSettings } from '@/lib/email/config';
import { hourlyPrune } from '@/lib/email/prune';

describe('hourly housekeeping', () => {
  it('drops idempotency records and rate-limit windows older than a day, and keeps recent ones', async () => {
    const now = new Date('2032-02-02T12:00:00Z');
    const old = new Date('2032-01-31T12:00:00Z');
    const recent = new Date('2032-02-02T11:00:00Z');
    const [oldKey, newKey] = [`old-${randomUUID()}`, `new-${randomUUID()}`];
    await db.insert(idempotencyKeys).values([
      { key: oldKey, requestHash: 'x', createdAt: old },
      { key: newKey, requestHash: 'x', createdAt: recent },
    ]);
    const [oldBucket, newBucket] = [`old:${randomUUID()}`, `new:${randomUUID()}`];
    await db.insert(rateLimits).values([
      { bucket: oldBucket, windowStart: old, hits: 3 },
      { bucket: newBucket, windowStart: recent, hits: 3 },
    ]);

    await hourlyPrune(outboxSettings())(now);

    const keys = await db
      .select({ key: idempotencyKeys.key })
      .from(idempotencyKeys)
      .where(inArray(idempotencyKeys.key, [oldKey, newKey]));
    expect(keys.map((k) => k.key)).toEqual([newKey]);
    const buckets = await db
      .select({ bucket: rateLimits.bucket })
      .from(rateLimits)
      .where(inArray(rateLimits.bucket, [oldBucket, newBucket]));
    expect(buckets.map((b) => b.bucket)).toEqual([newBucket]);
  });
});

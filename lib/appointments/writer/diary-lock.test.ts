import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { practitionerLockKey } from './diary-lock';

describe('practitionerLockKey', () => {
  it('is a stable signed 64-bit key per practitioner', () => {
    const id = randomUUID();
    expect(practitionerLockKey(id)).toBe(practitionerLockKey(id));
    const keys = new Set(Array.from({ length: 1000 }, () => practitionerLockKey(randomUUID())));
    expect(keys.size).toBe(1000);
    for (const key of keys) {
      expect(key >= -(2n ** 63n) && key < 2n ** 63n).toBe(true);
    }
  });
});

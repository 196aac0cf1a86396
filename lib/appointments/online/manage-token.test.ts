import { describe, expect, it } from 'vitest';
import { hashManageToken, isWellFormedManageToken, newManageToken } from './manage-token';

describe('manage tokens', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, newManageToken));
    expect(tokens.size).toBe(100);
    for (const t of tokens) {
      expect(isWellFormedManageToken(t)).toBe(true);
      expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    }
  });

  it('refuses anything else before a lookup', () => {
    for (const bad of [
      '',
      'abc',
      `${newManageToken()}x`,
      `${newManageToken().slice(0, 42)}=`,
      42,
      null,
    ]) {
      expect(isWellFormedManageToken(bad)).toBe(false);
    }
  });

  it('are stored as SHA-256 hex', () => {
    expect(hashManageToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

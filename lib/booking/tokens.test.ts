import { describe, expect, it } from 'vitest';
import {
  hashManageToken,
  isWellFormedManageToken,
  newManageToken,
  openManageToken,
  sealManageToken,
} from './tokens';

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

describe('sealed tokens for idempotent replays', () => {
  it('open only with the same idempotency key and the same canonical request', () => {
    const token = newManageToken();
    const sealed = sealManageToken(token, 'key-12345678', '{"a":1}');
    expect(sealed).not.toContain(token);
    expect(openManageToken(sealed, 'key-12345678', '{"a":1}')).toBe(token);
    expect(openManageToken(sealed, 'key-12345679', '{"a":1}')).toBeNull();
    expect(openManageToken(sealed, 'key-12345678', '{"a":2}')).toBeNull();
    expect(openManageToken('v1.garbage', 'key-12345678', '{"a":1}')).toBeNull();
  });

  it('depend on BOOKING_TOKEN_SECRET when one is set', () => {
    const token = newManageToken();
    process.env.BOOKING_TOKEN_SECRET = 'first';
    const sealed = sealManageToken(token, 'key-12345678', 'body');
    process.env.BOOKING_TOKEN_SECRET = 'second';
    expect(openManageToken(sealed, 'key-12345678', 'body')).toBeNull();
    process.env.BOOKING_TOKEN_SECRET = 'first';
    expect(openManageToken(sealed, 'key-12345678', 'body')).toBe(token);
    delete process.env.BOOKING_TOKEN_SECRET;
  });
});

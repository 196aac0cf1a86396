import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
});

describe('clientAddress', () => {
  it('takes the address the nearest trusted proxy saw, not what the client claims', () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    expect(clientAddress(headers)).toBe('203.0.113.7');
    process.env.TRUSTED_PROXY_HOPS = '2';
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.2, 10.0.0.5' }))).toBe('198.51.100.2');
  });

  it('falls back to a fixed bucket when no address is known', () => {
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { parseEnv, reloadEnv } from '@/lib/env';
import { clientAddress, dropUntrustedForwarding, trustedProxyHops } from './client-address';

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
  reloadEnv();
});

/** What the app sees: proxy.ts drops untrusted headers, then `next start` adds the socket address. */
function seenByApp(sent: Record<string, string>, socket = '192.0.2.10'): Headers {
  const headers = new Headers(sent);
  dropUntrustedForwarding(headers);
  if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', socket);
  return headers;
}

describe('client address with no proxy in front (the default)', () => {
  it('trusts no forwarded header: a spoofed X-Forwarded-For changes nothing', () => {
    expect(trustedProxyHops()).toBe(0);
    for (const spoofed of ['6.6.6.6', '6.6.6.6, 7.7.7.7', 'unknown', '']) {
      expect(clientAddress(seenByApp({ 'x-forwarded-for': spoofed }))).toBe('192.0.2.10');
    }
    const headers = seenByApp({ 'x-real-ip': '6.6.6.6', 'x-forwarded-host': 'evil.example' });
    expect(headers.get('x-real-ip')).toBeNull();
    expect(headers.get('x-forwarded-host')).toBeNull();
  });

  it('reads a blank setting as no proxy and refuses to start on a nonsense one', () => {
    for (const value of ['', ' ']) {
      process.env.TRUSTED_PROXY_HOPS = value;
      reloadEnv();
      expect(trustedProxyHops()).toBe(0);
    }
    for (const value of ['abc', '-1', '1.5', '99']) {
      expect(() => parseEnv({ TRUSTED_PROXY_HOPS: value })).toThrow(/TRUSTED_PROXY_HOPS/);
    }
  });
});

describe('client address behind TRUSTED_PROXY_HOPS proxies', () => {
  it('takes the address the nearest trusted proxy saw, not what the client claims', () => {
    process.env.TRUSTED_PROXY_HOPS = '1';
    reloadEnv();
    expect(clientAddress(seenByApp({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }))).toBe(
      '203.0.113.7',
    );
    process.env.TRUSTED_PROXY_HOPS = '2';
    reloadEnv();
    expect(clientAddress(seenByApp({ 'x-forwarded-for': '6.6.6.6, 198.51.100.2, 10.0.0.5' }))).toBe(
      '198.51.100.2',
    );
  });

  it('falls back to a fixed bucket when no address is known', () => {
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});

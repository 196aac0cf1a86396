import { env } from '@/lib/env';

/**
 * How many reverse proxies in front of the app append to `X-Forwarded-For` (TRUSTED_PROXY_HOPS).
 * Default 0: `next start` faces the clients itself, and no forwarded header is believed.
 */
export function trustedProxyHops(): number {
  return env().TRUSTED_PROXY_HOPS;
}

/** Headers only a trusted proxy may set; a client can send any of them. */
export const FORWARDING_HEADERS = [
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
  'forwarded',
] as const;

/**
 * With no trusted proxy, removes every forwarding header a client sent (proxy.ts does this for
 * each request): `next start` then fills `X-Forwarded-For` with the socket's own address, which
 * the client cannot choose. Behind trusted proxies the headers are left for `clientAddress`.
 */
export function dropUntrustedForwarding(headers: Headers): void {
  if (trustedProxyHops() > 0) return;
  for (const name of FORWARDING_HEADERS) headers.delete(name);
}

/**
 * The client's address for rate limiting. With TRUSTED_PROXY_HOPS = N > 0, each trusted proxy
 * appended the address it saw, so the client is the entry N places from the right: entries left
 * of it are whatever the client claimed. With 0, the proxy dropped the client's header and the
 * single entry is the socket address `next start` wrote.
 */
export function clientAddress(headers: Headers): string {
  const hops = Math.max(1, trustedProxyHops());
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  // Fewer entries than trusted hops means a proxy is missing: the leftmost is still the furthest
  // address a trusted hop vouched for.
  return chain[chain.length - hops] ?? chain[0] ?? 'unknown';
}

/**
 * The client's address for rate limiting. `next start` fills X-Forwarded-For with the socket's
 * address when the request has none; a reverse proxy appends the address it saw. With
 * TRUSTED_PROXY_HOPS proxies in front (default 1: `next start` alone, or one proxy that appends),
 * the client is the entry that many places from the right, which a client cannot forge.
 */
export function clientAddress(headers: Headers): string {
  const hops = Math.max(1, Number(process.env.TRUSTED_PROXY_HOPS ?? 1) || 1);
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[chain.length - hops] ?? chain[0] ?? 'unknown';
}

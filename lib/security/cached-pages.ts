/**
 * Which pages come from the page cache (lib/cache/page-cache-handler.mjs) — an allow-list: a page
 * not listed here renders per request with a nonce CSP (proxy.ts), so a new page is strict until
 * someone decides it is the same for everyone. The listed pages are public and take no input
 * (contact details, therapies, team, fees, articles); a cached page can't carry a per-request
 * nonce, so next.config.ts sends it a base policy and the page cache adds one listing the page's
 * own inline scripts' hashes (lib/security/csp.mjs).
 *
 * proxy.ts's matcher skips these paths for plain GETs (its patterns must be literals Next reads at
 * build time; cached-pages.test.ts checks that both lists agree).
 */
export const CACHED_PAGE_PATTERNS: readonly RegExp[] = [
  /^\/$/,
  /^\/(?:team|contact|fees)\/?$/,
  // A therapy or an article (and the RSS feed beside the articles).
  /^\/(?:therapies|articles)\/[^/]+\/?$/,
  // The article library and its later pages. Its topics and searches (/articles?topic=…, ?q=…)
  // are not cached: proxy.ts sends them to /article-search, which renders per request.
  /^\/articles\/?$/,
  /^\/articles\/page\/[^/]+\/?$/,
  /^\/therapies\/?$/,
];

export function isCachedPage(pathname: string): boolean {
  return CACHED_PAGE_PATTERNS.some((pattern) => pattern.test(pathname));
}

export function rendersPerRequest(pathname: string): boolean {
  return !isCachedPage(pathname);
}

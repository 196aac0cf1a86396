// The Content-Security-Policy of every page, in plain JavaScript because the page cache handler
// (lib/cache/page-cache-handler.mjs) loads it at run time outside Next's bundler. Two kinds:
// - pages rendered per request (booking, manage links, sign-in, dashboard, search): a fresh nonce
//   per request with 'strict-dynamic' (set by proxy.ts);
// - cached public pages: the same request can't carry a nonce, so the policy lists the SHA-256 of
//   each inline script of the cached HTML (computed once when the page is stored) and allows
//   script files from this origin only. See README → Security.
import { createHash } from 'node:crypto';

/** Everything but script-src, identical for both kinds. */
export const commonDirectives = [
  `default-src 'self'`,
  `style-src 'self' 'unsafe-inline'`,
  `img-src 'self' data: blob:`,
  `font-src 'self'`,
  `object-src 'none'`,
  `base-uri 'none'`,
  `form-action 'self'`,
  `frame-ancestors 'none'`,
];

/**
 * @param {string} nonce
 * @param {boolean} dev
 * @returns {string}
 */
export function noncePolicy(nonce, dev) {
  return [
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    ...commonDirectives,
  ].join('; ');
}

/**
 * Sent by proxy.ts with every cached public page, beside the hash policy the cache adds: both are
 * enforced, so the stricter (hash) one decides; alone, it still keeps frames, plugins, <base> and
 * foreign scripts out. (`next dev` renders every page per request and caches nothing, so there
 * this is the only policy, with what React's development build needs.)
 * @param {boolean} dev
 * @returns {string}
 */
export function publicBasePolicy(dev) {
  return [
    `script-src 'self' 'unsafe-inline'${dev ? ` 'unsafe-eval'` : ''}`,
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    ...commonDirectives,
  ].join('; ');
}

const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const executableType =
  /\btype\s*=\s*["']?(?!(?:text|application)\/(?:javascript|ecmascript)|module)/i;

/**
 * The inline scripts a browser would run: no src, and no data type such as application/ld+json.
 * React escapes `</script` inside them, so the first closing tag really ends each one.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const found = [];
  for (const match of html.matchAll(scriptTag)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes) || executableType.test(attributes)) continue;
    found.push(match[2] ?? '');
  }
  return found;
}

/**
 * @param {string} html the cached page
 * @returns {string} the policy that lets exactly its inline scripts run
 */
export function hashPolicy(html) {
  const hashes = new Set(
    inlineScripts(html).map(
      (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`,
    ),
  );
  return [
    `script-src 'self' ${[...hashes].join(' ')}`.trim(),
    `connect-src 'self'`,
    ...commonDirectives,
  ].join('; ');
}

import path from 'node:path';
import type { NextConfig } from 'next';
import { publicBasePolicy } from './lib/security/csp.mjs';

// Security headers for every response; the CSP (a nonce or the cached page's hashes) is set in
// proxy.ts and lib/cache/page-cache-handler.mjs, with the base policy of cached pages below.
const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const cachedPageHeaders = [
  {
    key: 'Content-Security-Policy',
    value: publicBasePolicy(process.env.NODE_ENV !== 'production'),
  },
];

const nextConfig: NextConfig = {
  // Lets several builds (parallel test runs, benchmarks) live side by side; `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Next hashes the whole body for an ETag on every response, a cache hit too: ~13% of serving a
  // cached page. Public pages carry s-maxage for a CDN and change only on revalidation.
  generateEtags: false,
  // Public pages are cached in memory per instance and expire together across instances through
  // PostgreSQL NOTIFY; each cached page gets its own hash-based CSP (README → Security).
  cacheHandler: path.join(process.cwd(), 'lib', 'cache', 'page-cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  experimental: { authInterrupts: true },
  // `next dev` prints each server function call with its arguments (staff passwords, patients'
  // details), every request URL (search terms, e-mail addresses, manage tokens) and the browser's
  // console: none of it may reach a log. Production never printed these.
  logging: { serverFunctions: false, incomingRequests: false, browserToTerminal: false },
  // Lets proxy.ts see Next's navigation headers (Next-Router-State-Tree) as sent, so a malformed
  // one gets a 400 there (lib/security/framework-requests.ts) instead of a 500 from the renderer.
  skipProxyUrlNormalize: true,
  // Native and WebAssembly packages load their own files at run time: keep them out of the bundle.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The cached pages (lib/security/cached-pages.ts: keep the two lists equal; the proxy skips
      // them): beside this base policy the page cache adds the page's hash policy; both are
      // enforced, so the stricter decides. Alone (`next dev` caches nothing) it keeps frames,
      // plugins, <base> and foreign scripts out.
      ...[
        '/',
        '/:page(team|contact|fees|therapies)',
        '/:section(therapies|articles)/:slug',
        '/articles/page/:n',
      ].map((source) => ({ source, headers: cachedPageHeaders })),
      // The library's index, unless it shows a topic or a search: proxy.ts renders those per
      // request (nonce policy alone) at the same address.
      {
        source: '/articles',
        missing: [
          { type: 'query', key: 'q' },
          { type: 'query', key: 'topic' },
        ],
        headers: cachedPageHeaders,
      },
      {
        // A patient's manage link is their key: never leak it in a Referer to another site (same-origin
        // keeps the page's own form posts' Origin; see the manage layout), never cache the page.
        source: '/book/manage/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Cache-Control', value: 'no-store, max-age=0' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
      {
        // A patient's waitlist and offer links are keys too, as above.
        source: '/waitlist/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Cache-Control', value: 'no-store, max-age=0' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
      {
        // A patient's care plan link (My plan) is a key too: same headers as a manage link.
        source: '/plan/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Cache-Control', value: 'no-store, max-age=0' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
      {
        // A staff member's invitation or reset link is a key to their account, as above.
        source: '/set-password/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Cache-Control', value: 'no-store, max-age=0' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
    ];
  },
};

export default nextConfig;

import type { NextConfig } from 'next';

// Security headers for every response; the per-request CSP (with its nonce) is set in proxy.ts.
const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  // Lets several builds (parallel test runs, benchmarks) live side by side; `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { authInterrupts: true },
  // Native and WebAssembly packages load their own files at run time: keep them out of the bundle.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
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
    ];
  },
};

export default nextConfig;

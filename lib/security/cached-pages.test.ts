import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as pageStaticInfo from 'next/dist/build/analysis/get-page-static-info';
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher';
import type { ProxyMatcher } from 'next/dist/build/analysis/get-page-static-info';
import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { isCachedPage, rendersPerRequest } from './cached-pages';

/** Page URLs of a route group, one sample value per dynamic segment. */
function pageUrls(group: string): string[] {
  return readdirSync(path.join('app', group), { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'page.tsx')
    .map((file) =>
      `/${path.dirname(file)}`
        .split(path.sep)
        .join('/')
        .replace(/\/\([^)]*\)/g, '')
        .replace(/\[\.\.\.[^\]]+\]/g, 'x/y')
        .replace(/\[[^\]]+\]/g, 'x')
        .replace(/\/\.$/, '/'),
    );
}

// How Next compiles proxy.ts's matcher at build time (exported, though not in its type declarations).
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => ProxyMatcher[];
};

const CACHED = [
  '/',
  '/therapies',
  '/therapies/x',
  '/team',
  '/contact',
  '/fees',
  '/articles',
  '/articles/x',
  '/articles/page/x',
];

describe('which pages come from the page cache', () => {
  it('keeps patient, staff and sign-in pages per request (nonce CSP)', () => {
    for (const url of [
      '/book',
      '/book/manage/abc',
      '/sign-in',
      '/forgot-password',
      '/set-password/abc',
      '/dashboard',
      '/dashboard/patients/1',
      '/api/v1/bookings',
      '/article-search', // a topic or a search of the library (proxy.ts sends /articles?q=… here)
    ]) {
      expect(rendersPerRequest(url), url).toBe(true);
    }
  });

  it('keeps every page of the patient, sign-in and staff route groups per request', () => {
    const urls = ['(booking)', '(auth)', '(staff)'].flatMap(pageUrls);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(rendersPerRequest(url), url).toBe(true);
  });

  it('caches only the listed public pages: a new or unknown page is per request', () => {
    for (const url of CACHED) expect(isCachedPage(url), url).toBe(true);
    const unlisted = pageUrls('(site)').filter((url) => !CACHED.includes(url));
    expect(unlisted).toEqual(expect.arrayContaining(['/article-search', '/x/y']));
    for (const url of [...unlisted, '/no-such-page', '/teams', '/team/photos/1/small']) {
      expect(isCachedPage(url), url).toBe(false);
    }
  });

  it("proxy.ts's matcher runs on every page, cached ones too, and skips static files", () => {
    const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
    const runsOn = (url: string) => matches(url, { headers: {} } as never, {});
    const pages = ['(booking)', '(auth)', '(staff)', '(site)'].flatMap(pageUrls);
    for (const url of [...pages, ...CACHED, '/no-such-page', '/api/v1/bookings', '/articles/x/y']) {
      expect(runsOn(url), url).toBe(true);
    }
    for (const url of ['/_next/static/chunks/a.js', '/fonts/inter.woff2']) {
      expect(runsOn(url), url).toBe(false);
    }
  });
});

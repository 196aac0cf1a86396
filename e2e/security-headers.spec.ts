import { createHash, randomBytes } from 'node:crypto';
import { expect, test, type Page, type Response } from '@playwright/test';
import { publicPages } from './public-pages';
import { signIn } from './staff-session';

/**
 * Every kind of HTML response carries the security headers: pages rendered per request a CSP whose
 * nonce is fresh per request and is the one on the page's own scripts; cached public pages a CSP
 * listing their inline scripts' hashes; all of them HSTS, nosniff and a Referrer-Policy. Pages that
 * answer 404 or 403 are included: an error page is still a page an attacker can frame or inject into.
 */

type Directives = Map<string, string[]>;

function parsePolicy(csp: string): Directives {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** What both kinds of policy share, and the other security headers. */
function expectCommonHeaders(response: Response, policies: Directives[]) {
  const url = response.url();
  for (const directives of policies) {
    expect(directives.get('script-src'), url).not.toContain(`'unsafe-eval'`);
    expect(directives.get('object-src'), url).toEqual([`'none'`]);
    expect(directives.get('base-uri'), url).toEqual([`'none'`]);
    expect(directives.get('frame-ancestors'), url).toEqual([`'none'`]);
  }
  const headers = response.headers();
  expect(headers['strict-transport-security'], url).toMatch(/max-age=(\d{8,})/);
  expect(
    Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]),
  ).toBeGreaterThanOrEqual(31_536_000);
  expect(headers['x-content-type-options'], url).toBe('nosniff');
  expect(headers['referrer-policy'], url).toMatch(
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  );
}

async function policiesOf(response: Response | null, status: number) {
  expect(response, 'the page answered').not.toBeNull();
  const url = response!.url();
  expect(response!.status(), url).toBe(status);
  expect(response!.headers()['content-type'], url).toContain('text/html');
  const values = (await response!.headersArray())
    .filter((h) => h.name.toLowerCase() === 'content-security-policy')
    .map((h) => h.value);
  return values.map(parsePolicy);
}

/** A page rendered per request: one CSP with a fresh nonce that is on every script. Returns it. */
async function expectSecureHtml(response: Response | null, status: number): Promise<string> {
  const policies = await policiesOf(response, status);
  const url = response!.url();
  expect(policies, `${url}: one policy`).toHaveLength(1);
  const scriptSrc = policies[0]!.get('script-src') ?? [];
  const nonceSource = scriptSrc.find((v) => /^'nonce-[A-Za-z0-9+/=]+'$/.test(v));
  expect(nonceSource, `${url}: script-src has a nonce`).toBeTruthy();
  expect(scriptSrc, url).toContain(`'strict-dynamic'`);
  expect(scriptSrc, url).not.toContain(`'unsafe-inline'`);
  expectCommonHeaders(response!, policies);

  // Every script on the page carries the header's nonce, and there is at least one.
  const nonce = nonceSource!.slice(`'nonce-`.length, -1);
  const html = await response!.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length, `${url} has scripts`).toBeGreaterThan(0);
  for (const tag of scripts) {
    if (/type="application\/(ld\+)?json"/.test(tag)) continue; // data, not code
    expect(tag, `${url}: every script carries the nonce`).toContain(`nonce="${nonce}"`);
  }
  return nonce;
}

/**
 * A cached public page: no nonce can be per request, so two policies, both enforced — a base one
 * from next.config.ts, and one listing the SHA-256 of exactly the page's inline scripts, which decides.
 */
async function expectCachedHtml(response: Response | null, status: number) {
  const policies = await policiesOf(response, status);
  const url = response!.url();
  expect(policies, `${url}: the base and the hash policy`).toHaveLength(2);
  const hashPolicy = policies.find((p) =>
    p.get('script-src')?.some((v) => v.startsWith(`'sha256-`)),
  );
  expect(hashPolicy, `${url}: a policy with script hashes`).toBeTruthy();
  const scriptSrc = hashPolicy!.get('script-src')!;
  expect(scriptSrc, url).not.toContain(`'unsafe-inline'`);
  expect(
    scriptSrc.filter((v) => !v.startsWith(`'sha256-`)),
    url,
  ).toEqual([`'self'`]);
  expectCommonHeaders(response!, policies);

  const html = await response!.text();
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    ([, attributes]) =>
      !/\bsrc=/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!),
  );
  expect(inline.length, `${url} has inline scripts`).toBeGreaterThan(0);
  for (const [, , body] of inline) {
    const hash = `'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`;
    expect(scriptSrc, `${url}: each inline script's hash is listed`).toContain(hash);
  }
}

/** Collects Content-Security-Policy violations the browser reports while a page loads and runs. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('pages with input or patient data carry a nonce CSP; cached public pages a hash CSP', async ({
  page,
}) => {
  const violations = watchViolations(page);
  const unknownToken = randomBytes(32).toString('base64url');
  const perRequest: Array<[string, number]> = [
    ['/book', 200],
    // Topics and searches are rewritten to /article-search, rendered per request.
    ['/articles?topic=exercises', 200],
    ['/articles?q=hip', 200],
    ['/sign-in', 200],
    ['/forgot-password', 200],
    [`/set-password/${unknownToken}`, 200],
    [`/book/manage/${unknownToken}`, 404],
    // An unknown URL is not on the page cache's list: rendered per request like any unlisted page.
    ['/no-such-page-for-headers', 404],
  ];
  for (const [path, status] of perRequest) {
    await expectSecureHtml(await page.goto(path), status);
  }
  const cached: Array<[string, number]> = [
    ['/', 200],
    ['/?utm_source=newsletter', 200],
    ['/articles', 200],
    ['/articles?utm_source=newsletter', 200],
    ['/articles/page/2', 200],
    ['/articles/why-lower-back-hurts-after-running', 200],
    ['/contact', 200],
    ['/therapies', 200],
    ['/articles/no-such-article', 404],
  ];
  for (const [path, status] of cached) {
    await expectCachedHtml(await page.goto(path), status);
  }
  const manage = await page.goto(`/book/manage/${unknownToken}`);
  expect(manage?.headers()['referrer-policy']).toBe('same-origin');
  expect(manage?.headers()['cache-control']).toContain('no-store');
  // A staff member's invitation or reset link is a key too: never in a Referer, never cached.
  const link = await page.goto(`/set-password/${unknownToken}`);
  expect(link?.headers()['referrer-policy']).toBe('same-origin');
  expect(link?.headers()['cache-control']).toContain('no-store');
  expect(violations, 'the browser reported no CSP violation').toEqual([]);
});

test('two requests for the same per-request page get different nonces', async ({ page }) => {
  const seen = new Set<string>();
  for (let i = 0; i < 3; i += 1) seen.add(await expectSecureHtml(await page.goto('/book'), 200));
  for (let i = 0; i < 2; i += 1) seen.add(await expectSecureHtml(await page.goto('/sign-in'), 200));
  expect(seen.size).toBe(5);
});

test('no public page, article or error page has a CSP violation, before or after navigating', async ({
  page,
  request,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) {
      violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation(t: string): Promise<void> }).reportViolation(
        `${location.pathname}: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const articles = [...sitemap.matchAll(/<loc>[^<]*?(\/articles\/[^<]+)<\/loc>/g)].map(
    (m) => m[1]!,
  );
  expect(articles.length).toBeGreaterThan(5);
  const paths = [...publicPages, '/articles', ...articles, '/book', '/sign-in', '/no-such-page'];
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'load' });
    // Hydrated: React has attached (scripts were allowed to run).
    await expect
      .poll(() => page.evaluate(() => Boolean((window as unknown as { next?: unknown }).next)), {
        message: `${path} hydrated`,
      })
      .toBe(true);
  }
  // Client-side navigation from a cached page to a per-request one and back.
  await page.goto('/');
  await page.getByRole('link', { name: 'Book an appointment' }).first().click();
  await page.waitForURL(/\/book/);
  await page.goBack();
  expect(violations).toEqual([]);
});

test('signed-in dashboard pages and the 403 page carry the same headers', async ({ page }) => {
  const violations = watchViolations(page);
  await signIn(page, 'frontdesk@larkfield-stride.example');
  const first = await expectSecureHtml(await page.goto('/dashboard'), 200);
  const second = await expectSecureHtml(await page.goto('/dashboard/schedule'), 200);
  expect(second).not.toBe(first);
  // The clinic settings are admin-only: front desk gets the 403 page.
  await expectSecureHtml(await page.goto('/dashboard/clinic'), 403);
  await expect(page.getByRole('heading', { name: /isn’t part of your role/ })).toBeVisible();
  expect(violations).toEqual([]);
});

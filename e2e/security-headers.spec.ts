import { randomBytes } from 'node:crypto';
import { expect, test, type Page, type Response } from '@playwright/test';

/**
 * Every kind of HTML response carries the security headers: a CSP whose nonce is fresh per request
 * and is the one on the page's own scripts, HSTS, nosniff and a Referrer-Policy. Pages that answer
 * 404 or 403 are included: an error page is still a page an attacker can frame or inject into.
 */

const PASSWORD = process.env.SEED_STAFF_PASSWORD ?? 'e2e-Staff-Passw0rd!';

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Checks one HTML response and returns its nonce. */
async function expectSecureHtml(response: Response | null, status: number): Promise<string> {
  expect(response, 'the page answered').not.toBeNull();
  const url = response!.url();
  expect(response!.status(), url).toBe(status);
  const headers = response!.headers();
  expect(headers['content-type'], url).toContain('text/html');

  const csp = headers['content-security-policy'] ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
  const scriptSrc = directives.get('script-src') ?? [];
  const nonceSource = scriptSrc.find((v) => /^'nonce-[A-Za-z0-9+/=]+'$/.test(v));
  expect(nonceSource, `${url}: script-src has a nonce (${csp})`).toBeTruthy();
  expect(scriptSrc, url).toContain(`'strict-dynamic'`);
  expect(scriptSrc, url).not.toContain(`'unsafe-inline'`);
  expect(directives.get('object-src'), url).toEqual([`'none'`]);
  expect(directives.get('base-uri'), url).toEqual([`'none'`]);
  expect(directives.get('frame-ancestors'), url).toEqual([`'none'`]);

  expect(headers['strict-transport-security'], url).toMatch(/max-age=(\d{8,})/);
  expect(
    Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]),
  ).toBeGreaterThanOrEqual(31_536_000);
  expect(headers['x-content-type-options'], url).toBe('nosniff');
  expect(headers['referrer-policy'], url).toMatch(
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  );

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

/** Collects Content-Security-Policy violations the browser reports while a page loads and runs. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('public pages, error pages and the manage page carry a nonce CSP and the security headers', async ({
  page,
}) => {
  const violations = watchViolations(page);
  const unknownToken = randomBytes(32).toString('base64url');
  const samples: Array<[string, number]> = [
    ['/', 200],
    ['/articles/why-lower-back-hurts-after-running', 200],
    ['/book', 200],
    ['/contact', 200],
    ['/sign-in', 200],
    [`/book/manage/${unknownToken}`, 404],
    ['/no-such-page-for-headers', 404],
  ];
  for (const [path, status] of samples) {
    await expectSecureHtml(await page.goto(path), status);
  }
  const manage = await page.goto(`/book/manage/${unknownToken}`);
  expect(manage?.headers()['referrer-policy']).toBe('same-origin');
  expect(manage?.headers()['cache-control']).toContain('no-store');
  expect(violations, 'the browser reported no CSP violation').toEqual([]);
});

test('two requests for the same page get different nonces', async ({ page }) => {
  const seen = new Set<string>();
  for (let i = 0; i < 3; i += 1) seen.add(await expectSecureHtml(await page.goto('/book'), 200));
  for (let i = 0; i < 2; i += 1) seen.add(await expectSecureHtml(await page.goto('/'), 200));
  expect(seen.size).toBe(5);
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

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoServices } from '../db/seed/clinic-data';

const publicPages = ['/', '/therapies', ...demoServices.map((s) => `/therapies/${s.slug}`), '/team', '/contact'];

async function seriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('home lists the five therapies from the database and offers booking', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const service of demoServices) {
    await expect(page.locator(`main a[href="/therapies/${service.slug}"]`).first()).toBeVisible();
    await expect(page.getByText(service.name, { exact: false }).first()).toBeVisible();
  }
  await expect(page.getByRole('link', { name: /book an appointment/i }).first()).toHaveAttribute('href', /\/book/);
});

test('every link in the header and footer navigation leads to a working page', async ({ page, request }) => {
  await page.goto('/');
  const hrefs = await page
    .locator('header a[href^="/"], footer a[href^="/"]')
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
  expect(hrefs.length).toBeGreaterThanOrEqual(4);
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), `${href} answers`).toBeLessThan(400);
  }
  await page.getByRole('banner').getByRole('link', { name: /^therapies$/i }).first().click();
  await expect(page).toHaveURL(/\/therapies$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const path of publicPages) {
  test(`${path} has no serious accessibility violations and no horizontal scroll at 360 px`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no horizontal scroll at 360 px').toBeLessThanOrEqual(0);
  });
}

test('an unknown page shows the clinic 404 with status 404', async ({ page }) => {
  const response = await page.goto('/therapies/no-such-therapy');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /home|back/i }).first()).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('pages carry security headers and a fresh CSP nonce per request', async ({ request }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  const csp = first.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(first.headers()['strict-transport-security']).toContain('max-age=');
  expect(first.headers()['x-content-type-options']).toBe('nosniff');
  const nonce = (h: string) => /'nonce-([^']+)'/.exec(h)?.[1];
  expect(nonce(csp)).toBeTruthy();
  expect(nonce(second.headers()['content-security-policy'] ?? '')).not.toBe(nonce(csp));
});

test('health reports the database as up', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: { state: 'up' } });
});

import { expect, test } from '@playwright/test';
import { demoServices } from '../db/seed/clinic-data';
import { axeViolations } from './a11y';

test('home lists the five therapies from the database and offers booking', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const service of demoServices) {
    await expect(page.locator(`main a[href="/therapies/${service.slug}"]`).first()).toBeVisible();
    await expect(page.getByText(service.name, { exact: false }).first()).toBeVisible();
  }
  await expect(page.getByRole('link', { name: /book an appointment/i }).first()).toHaveAttribute(
    'href',
    /\/book/,
  );
});

test('every link in the header and footer navigation leads to a working page', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const hrefs = await page
    .locator('header a[href^="/"], footer a[href^="/"]')
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
  expect(hrefs.length).toBeGreaterThanOrEqual(4);
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), `${href} answers`).toBeLessThan(400);
  }
  await page
    .getByRole('banner')
    .getByRole('link', { name: /^therapies$/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/therapies$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an unknown page shows the clinic 404 with status 404', async ({ page }) => {
  const response = await page.goto('/therapies/no-such-therapy');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /home|back/i }).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('pages carry security headers: the home page its script hashes, /book a fresh nonce per request', async ({
  request,
}) => {
  const first = await request.get('/');
  const policies = first
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'content-security-policy')
    .map((h) => h.value);
  for (const csp of policies) {
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  }
  expect(policies.some((csp) => /'sha256-/.test(csp))).toBe(true);
  expect(first.headers()['strict-transport-security']).toContain('max-age=');
  expect(first.headers()['x-content-type-options']).toBe('nosniff');
  const book = await request.get('/book');
  const again = await request.get('/book');
  const nonce = (h: string) => /'nonce-([^']+)'/.exec(h)?.[1];
  const csp = book.headers()['content-security-policy'] ?? '';
  expect(nonce(csp)).toBeTruthy();
  expect(nonce(again.headers()['content-security-policy'] ?? '')).not.toBe(nonce(csp));
});

test('health reports the database as up', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: { state: 'up' } });
});

test('therapy pages say what the evidence shows, who should not have it and the risks', async ({
  page,
}) => {
  await page.goto('/therapies/spinal-decompression');
  for (const name of [
    'Who it may help, and why we still offer it',
    'What the evidence says',
    'Who should not have it',
    'Possible side effects and risks',
  ])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(
    page.getByText(
      /NICE, the body that writes England’s clinical guidelines, recommends against offering traction/,
    ),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^Pregnancy$/ })).toBeVisible();
  const glance = page.getByRole('complementary', { name: 'At a glance' });
  await expect(glance.getByText(/Consultation first\./)).toBeVisible();
  await expect(
    glance.getByRole('link', { name: 'New patient? Book a consultation' }),
  ).toHaveAttribute('href', '/book?service=new-patient-consultation');
  await expect(
    page.getByRole('complementary', { name: 'Before you book: warning signs' }),
  ).toBeVisible();
});

test('the team page shows each practitioner’s drawn portrait, qualifications and interests', async ({
  page,
  request,
}) => {
  await page.goto('/team');
  const maya = page.getByRole('article', { name: 'Dr. Maya Okafor' });
  const portrait = maya.getByRole('img', { name: 'Portrait of Dr. Maya Okafor' });
  await expect(portrait).toBeVisible();
  expect(await portrait.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const src = await portrait.getAttribute('src');
  const photo = await request.get(src!);
  expect(photo.headers()['content-type']).toBe('image/webp');
  expect(photo.headers()['cache-control']).toContain('immutable');
  // Each list follows its heading (they are not regions: every practitioner has them).
  const listUnder = (heading: string) =>
    maya.getByRole('heading', { name: heading }).locator('xpath=following-sibling::ul[1]');
  await expect(listUnder('Qualifications')).toContainText('Doctor of Chiropractic (DC)');
  await expect(listUnder('Special interests')).toContainText(
    'Returning to running after a disc injury',
  );
});

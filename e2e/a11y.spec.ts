import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { demoServices } from '../db/seed/clinic-data';
import { axeViolations, htmlErrors } from './a11y';
import { bookingBody, openSlots, ownClientAddress, type Slot } from './api-booking';
import {
  chooseDay,
  chooseTherapyAndPractitioner,
  chooseTime,
  confirmBooking,
  continueToReview,
  fillDetails,
} from './booking-flow';
import { canaryPatient } from './canary';
import { openAdminSession, signIn } from './staff-session';

/**
 * WCAG 2.2 AA by machine: every page a patient or staff member reaches goes through axe (all rules,
 * all impacts) and, for public pages, html-validate (recommended + a11y presets) on the HTML the
 * server sent. Each test walks a list of pages and reports every finding at once.
 */

const SERVICE = 'chiropractic-adjustment';
const PRACTITIONER_EMAIL = 'maya.okafor@larkfield-stride.example';
const DESK_EMAIL = 'frontdesk@larkfield-stride.example';
const NOT_FOUND = '/no-such-page';

/** Finds per page: `{ '/path': ['rule: target', …] }`, only pages with findings. */
type Findings = Record<string, string[]>;

async function checkAxe(page: Page, label: string, findings: Findings) {
  const found = await axeViolations(page);
  if (found.length) findings[label] = found;
}

function expectClean(findings: Findings, what: string) {
  const count = Object.values(findings).reduce((n, list) => n + list.length, 0);
  console.log(`${what}: ${count} finding(s) on ${Object.keys(findings).length} page(s)`);
  expect.soft(findings, what).toEqual({});
}

/** The public site's pages: the sitemap's (every article included) and the ones it leaves out. */
async function publicUrls(page: Page): Promise<string[]> {
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [
    ...new Set([
      ...listed,
      '/articles/page/2',
      '/sign-in',
      '/forgot-password',
      `/waitlist/join?service=${SERVICE}`,
      NOT_FOUND,
    ]),
  ];
}

/** Two halves, articles and the rest, so two workers share the walk. */
for (const [name, articles] of [
  ['site pages', false],
  ['articles', true],
] as const) {
  test(`public ${name}: no axe violations of any impact, valid HTML`, async ({ page }) => {
    test.setTimeout(360_000);
    // 320 CSS px: a 1280 px window at 400 % zoom (WCAG 1.4.10), where layouts break first.
    await page.setViewportSize({ width: 320, height: 800 });
    const axe: Findings = {};
    const html: Findings = {};
    const overflow: Findings = {};
    const urls = (await publicUrls(page)).filter((u) => u.startsWith('/articles/') === articles);
    for (const url of urls) {
      const response = await page.goto(url);
      // An unknown URL's 404 is first sent as Next.js's own error shell (`<html
      // id="__next_error__">`, no lang) and the page streams into it; axe checks the result.
      const errors = url === NOT_FOUND ? [] : await htmlErrors(await response!.text(), url);
      if (errors.length) html[url] = errors;
      await checkAxe(page, url, axe);
      const wider = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      if (wider > 0) overflow[url] = [`scrolls sideways by ${wider}px at 320 px`];
    }
    expectClean(axe, `axe, public ${name}`);
    expectClean(html, `html-validate, public ${name}`);
    expectClean(overflow, `reflow, public ${name}`);
  });
}

test('every booking step, the confirmation and the manage page with each panel open', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setExtraHTTPHeaders(ownClientAddress());
  const axe: Findings = {};
  const html: Findings = {};
  /** `sent`: the HTML of the page's own load; else the same URL is fetched again. */
  const check = async (label: string, sent?: string) => {
    await checkAxe(page, label, axe);
    const source = sent ?? (await (await page.request.get(page.url())).text());
    const errors = await htmlErrors(source, label);
    if (errors.length) html[label] = errors;
  };
  const service = demoServices.find((s) => s.slug === SERVICE)!;
  const first = await page.goto('/book');
  await check('step 1: therapy', await first!.text());
  await chooseTherapyAndPractitioner(page, service.name, 'First available');
  await check('step 3: day and time (no day)');
  await chooseDay(page, 10);
  await check('step 3: day and time (day chosen)');
  await chooseTime(page, -1);
  await check('step 4: details');
  await fillDetails(page, {
    ...canaryPatient('Axel', `axe${randomUUID().slice(0, 6)}`),
    phone: '+1 503-555-0142',
  });
  await continueToReview(page);
  await checkAxe(page, 'step 5: review', axe);
  await confirmBooking(page);
  await checkAxe(page, 'step 6: booked', axe);
  const manage = page.url().replace(/\?.*$/, '');
  for (const panel of ['', '?action=reschedule', '?action=cancel']) {
    const response = await page.goto(`${manage}${panel}`);
    await check(`manage page ${panel || '(no panel)'}`, await response!.text());
  }
  const response = await page.goto(`/book?service=${service.slug}`);
  await check('step 2: practitioner', await response!.text());
  expectClean(axe, 'axe, booking');
  expectClean(html, 'html-validate, booking');
});

/** One page per dashboard route (ids and queries aside), found from the links each page offers. */
async function walkDashboard(page: Page, extra: string[] = []): Promise<Findings> {
  const findings: Findings = {};
  const seen = new Set<string>();
  const routeOf = (path: string) =>
    path.replace(/\/[0-9a-f-]{36}(?=\/|$)/g, '/:id').replace(/\/\d+(?=\/|$)/g, '/:n');
  const queue = ['/dashboard', ...extra];
  while (queue.length) {
    const url = queue.shift()!;
    const view = /[?&]view=(\w+)/.exec(url)?.[1];
    const route = routeOf(url.split(/[?#]/)[0]!) + (view ? `?view=${view}` : '');
    if (seen.has(route)) continue;
    seen.add(route);
    await page.goto(url);
    await checkAxe(page, url, findings);
    const links = await page
      .locator('a[href^="/dashboard"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of links) {
      if (!/\.(csv|ics)$|\/export/.test(href)) queue.push(href);
    }
  }
  console.log(`dashboard walk: ${seen.size} routes: ${[...seen].join(' ')}`);
  return findings;
}

const SCHEDULE_VIEWS = ['/dashboard/schedule?view=list', '/dashboard/schedule?view=week'];

test('dashboard as the admin', async ({ page }) => {
  test.setTimeout(600_000);
  await openAdminSession(page);
  expectClean(await walkDashboard(page, SCHEDULE_VIEWS), 'axe, dashboard (admin)');
});

test('dashboard as the front desk', async ({ page }) => {
  test.setTimeout(600_000);
  await signIn(page, DESK_EMAIL);
  expectClean(await walkDashboard(page, SCHEDULE_VIEWS), 'axe, dashboard (front desk)');
});

test('dashboard as a practitioner, and the patient’s My plan page', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(600_000);
  await signIn(page, PRACTITIONER_EMAIL);
  const findings = await walkDashboard(page, SCHEDULE_VIEWS);

  // A care plan from an online booking with Maya, so the patient's My plan page exists.
  const patient = canaryPatient('Axplan', `axplan${randomUUID().slice(0, 6)}`);
  const team = (await (await page.request.get('/api/v1/practitioners')).json()) as {
    practitioners: Array<{ id: string; name: string }>;
  };
  const maya = team.practitioners.find((p) => p.name.includes('Maya'))!;
  const slots = (await openSlots(page.request, SERVICE, 10, 16)).filter(
    (s: Slot) => s.practitionerId === maya.id,
  );
  let appointmentId: string | null = null;
  for (const slot of slots.reverse()) {
    const response = await page.request.post('/api/v1/bookings', {
      headers: {
        'Idempotency-Key': `e2e-${randomUUID()}`,
        Origin: new URL(baseURL!).origin,
        ...ownClientAddress(),
      },
      data: bookingBody(SERVICE, slot, patient),
    });
    if (response.status() === 409) continue;
    expect(response.status()).toBe(201);
    appointmentId = ((await response.json()) as { booking: { id: string } }).booking.id;
    break;
  }
  expect(appointmentId).not.toBeNull();
  await page.goto(`/dashboard/appointments/${appointmentId}`);
  await page.getByRole('link', { name: 'Create care plan' }).click();
  await page.getByLabel('Number of visits').fill('2');
  await page.getByLabel('Visits a week').fill('1');
  await page.getByRole('button', { name: 'Propose times' }).click();
  await expect(page.getByRole('heading', { name: 'Proposed times' })).toBeVisible();
  await checkAxe(page, 'care plan: proposed times', findings);
  await page.getByRole('button', { name: 'Book all 2 visits' }).click();
  await expect(page).toHaveURL(/\/dashboard\/care-plans\/[0-9a-f-]{36}\?created=1$/, {
    timeout: 20_000,
  });
  await checkAxe(page, 'care plan: created', findings);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await openAdminSession(admin);
  await admin.goto(`/dashboard/outbox?to=${encodeURIComponent(patient.email)}`);
  const planMail = admin
    .getByRole('article')
    .filter({ has: admin.getByRole('heading', { name: /^Your care plan:/ }) });
  const link = planMail.getByRole('link', { name: 'Open the patient’s plan link' });
  await expect(async () => {
    await admin.reload();
    await expect(link).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const planLink = (await link.getAttribute('href'))!;
  await adminContext.close();
  const patientContext = await browser.newContext();
  const patientPage = await patientContext.newPage();
  const response = await patientPage.goto(planLink);
  const html = await htmlErrors(await response!.text(), 'plan');
  await checkAxe(patientPage, '/plan/<token>', findings);
  await patientContext.close();
  expectClean(findings, 'axe, dashboard (practitioner) and My plan');
  expect(html, 'html-validate, My plan').toEqual([]);
});

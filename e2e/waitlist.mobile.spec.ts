import { devices, expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { demoClinic } from '../db/seed/clinic-data';
import { bookingBody, clinicDate, ownClientAddress, type Slot } from './api-booking';
import { chooseTherapyAndPractitioner } from './booking-flow';
import { canaryPatient } from './canary';
import { openAdminSession } from './staff-session';
import { axeViolations } from './a11y';

/**
 * The waitlist on a phone: a patient joins from the time step, another patient cancels through
 * their manage link, the offer e-mail (read in the admin's Outbox, the demo's local mailbox)
 * leads to the offer page, and claiming it books the time. No other spec books neuromuscular
 * re-education, and the demo's waitlisted patients want other therapies, so this patient hears of
 * the time in the first batch.
 */
test.describe.configure({ mode: 'default' });
test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.61' } });

const SERVICE = 'neuromuscular-re-education';
const THERAPY = 'Neuromuscular re-education';

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'no horizontal scroll').toBeLessThanOrEqual(0);
}

test('a cancellation turns into a waitlisted patient’s booking without anyone at the desk', async ({
  page,
  request,
  baseURL,
  browser,
}) => {
  // Another patient's booking of the same therapy, to be cancelled through their manage link.
  const other = canaryPatient('Otto', 'waitlist-other');
  // With the practitioner the waitlisted patient chose (others offer this therapy too).
  const team = (await (await request.get('/api/v1/practitioners')).json()) as {
    practitioners: { id: string; slug: string }[];
  };
  const priya = team.practitioners.find((p) => p.slug === 'priya-nair')!.id;
  // Four days at a time (so a weekday comes once), later if other specs have filled them.
  let slots: Slot[] = [];
  for (const from of [3, 10, 17]) {
    const availability = await request.get(
      `/api/v1/availability?service=${SERVICE}&practitioner=${priya}&from=${clinicDate(from)}&to=${clinicDate(from + 3)}`,
    );
    ({ slots } = (await availability.json()) as { slots: Slot[] });
    if (slots.length > 0) break;
  }
  expect(slots.length).toBeGreaterThan(0);
  // A returning patient (this therapy asks new patients to start with a consultation).
  let manageUrl: string | null = null;
  let booked: Slot | null = null;
  // Late slots first: other specs book (and move) the early ones.
  for (const slot of slots.slice(-10).reverse()) {
    const body = bookingBody(SERVICE, slot, other);
    const response = await request.post('/api/v1/bookings', {
      headers: {
        'Idempotency-Key': `e2e-${randomUUID()}`,
        Origin: new URL(baseURL!).origin,
        ...ownClientAddress(),
      },
      data: { ...body, patient: { ...body.patient, patientType: 'returning' } },
    });
    if (response.status() === 409) continue;
    expect(response.status()).toBe(201);
    manageUrl = ((await response.json()) as { manageUrl: string }).manageUrl;
    booked = slot;
    break;
  }
  if (!manageUrl || !booked) throw new Error('no open time to book and cancel');
  // Other specs free times on this server too: the waitlisted patient wants only that day (less
  // than a week ahead, so its weekday comes once) and that part of it.
  const local = DateTime.fromISO(booked.start, { zone: demoClinic.timeZone });
  const day = local.toFormat('cccc');
  const part = local.hour < 12 ? 'Mornings' : local.hour < 17 ? 'Afternoons' : 'Evenings';

  const waiting = canaryPatient('Wanda', 'waitlist');
  await chooseTherapyAndPractitioner(page, THERAPY, 'Priya Nair');
  await page.getByRole('link', { name: 'Join the waitlist' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Join the waitlist' })).toBeVisible();
  await expect(page.getByLabel('Therapy')).toHaveValue(SERVICE);
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);

  // A refused submit keeps what was typed and says why beside the field.
  await page.getByLabel('Full name').fill(waiting.name);
  for (const d of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
    await page.getByLabel(d, { exact: true }).setChecked(d === day);
  for (const p of ['Mornings', 'Afternoons', 'Evenings'])
    await page.getByRole('checkbox', { name: new RegExp(`^${p}`) }).setChecked(p === part);
  await page.getByLabel('Latest date that is still useful').fill(local.toISODate()!);
  await page.getByRole('button', { name: 'Join the waitlist' }).click();
  await expect(page.getByText('Enter an e-mail address like name@example.com.')).toBeVisible();
  await expect(page.getByLabel('Full name')).toHaveValue(waiting.name);
  await page.getByLabel('E-mail', { exact: true }).fill(waiting.email);
  await page.getByLabel('Phone', { exact: true }).fill('(503) 555-0161');
  await page.getByLabel(/I agree that the clinic keeps these details/).check();
  await page.getByRole('button', { name: 'Join the waitlist' }).click();
  await expect(page.getByText('You’re on the waitlist.')).toBeVisible();

  const phone2 = await browser.newContext({ ...devices['Pixel 7'], baseURL });
  const otherPage = await phone2.newPage();
  await otherPage.goto(manageUrl);
  await otherPage.getByRole('link', { name: 'Cancel appointment' }).click();
  await otherPage.getByRole('button', { name: 'Yes, cancel my appointment' }).click();
  await expect(
    otherPage.getByRole('heading', { level: 1, name: 'This booking has ended' }),
  ).toBeVisible();
  await expect(otherPage.getByText('Your appointment has been cancelled.')).toBeVisible();
  await phone2.close();

  // The offer e-mail, as the local mailbox shows it to the admin.
  await openAdminSession(page);
  await page.goto(`/dashboard/outbox?to=${encodeURIComponent(waiting.email)}`);
  const offer = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: /^A time has opened:/ }) });
  await expect(offer).toHaveCount(1);
  const link = offer.getByRole('link', { name: 'Open the patient’s manage link' });
  const offerUrl = await link.getAttribute('href');
  expect(offerUrl).toMatch(/\/waitlist\/offer\/[A-Za-z0-9_-]{43}$/);

  // The patient opens it on their phone (no staff cookies) and claims the time.
  await page.context().clearCookies();
  await page.goto(offerUrl!);
  await expect(
    page.getByRole('heading', { level: 1, name: 'A time has opened for you' }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Book this time' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re booked, Wanda');
  await expect(page).toHaveURL(/\/book\/manage\/[A-Za-z0-9_-]{43}\?booked=1$/);
  await expect(page.getByText(THERAPY).first()).toBeVisible();

  // "Want an earlier time?" from the booking's own page: the form, linked to this booking.
  const bookedUrl = page.url();
  await page.getByRole('link', { name: 'Tell me about earlier times' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Want an earlier time?' }),
  ).toBeVisible();
  await expect(page.getByLabel('Full name')).toHaveValue(waiting.name);
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);
  await page.goto(bookedUrl);

  // The claim link was single-use: the same plain page as for any dead link.
  await page.goto(offerUrl!);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This offer is no longer available' }),
  ).toBeVisible();
  await page.goto('/waitlist/offer/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  await expect(
    page.getByRole('heading', { level: 1, name: 'This offer is no longer available' }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The desk sees it: the entry left the list and the overview counts the refilled visit.
  await openAdminSession(page);
  // The waitlist confirmation's private link: the entry, now booked from an offer.
  await page.goto(`/dashboard/outbox?to=${encodeURIComponent(waiting.email)}`);
  const joined = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: /^You are on the waitlist/ }) });
  const entryUrl = await joined
    .getByRole('link', { name: 'Open the patient’s manage link' })
    .getAttribute('href');
  expect(entryUrl).toMatch(/\/waitlist\/[A-Za-z0-9_-]{43}$/);
  await page.goto(entryUrl!);
  await expect(page.getByText('You took a time we offered')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/dashboard/waitlist?show=all');
  await expect(page.getByRole('heading', { level: 1, name: 'Waitlist' })).toBeVisible();
  const entry = page.getByRole('listitem').filter({ hasText: waiting.name });
  await expect(entry.getByText('Booked from an offer')).toBeVisible();
  await expect(entry.getByText(/: Claimed/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/dashboard');
  await expect(
    page
      .getByRole('region', { name: 'Refilled from the waitlist' })
      .getByText(/^[1-9]\d* visits?$/),
  ).toBeVisible();
});

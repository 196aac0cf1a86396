import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { bookFirstOpen, openSlots } from './api-booking';
import { demoClinic, demoPractitioners } from '../db/seed/clinic-data';
import { canaryPatient } from './canary';
import { axeViolations } from './a11y';

/**
 * A patient on a slow phone taps "cancel" before the page's JavaScript has loaded, or has none: a
 * plain form post. It must carry the site's Origin (a `no-referrer` page would make it `null`,
 * which the cross-site guard and Next's server actions refuse) and cancel the appointment.
 */
const SERVICE = 'chiropractic-adjustment';
const clinicTel = `tel:+${demoClinic.phone.replace(/\D/g, '')}`;
const practitionerNames = demoPractitioners.map((p) => p.name);

test.use({ javaScriptEnabled: false });

test('a patient cancels from the manage link with JavaScript off', async ({
  page,
  request,
  baseURL,
}) => {
  const slots = await openSlots(request, SERVICE, 5, 25);
  const middle = Math.floor(slots.length / 2);
  const manageUrl = await bookFirstOpen(request, {
    origin: baseURL!,
    service: SERVICE,
    // Middle of the range: other specs book the earliest and latest times.
    candidates: slots.slice(middle, middle + 10),
    patient: canaryPatient('Nojs', `nojs${randomUUID().slice(0, 6)}`),
  });

  await page.goto(`${new URL(manageUrl).pathname}?action=cancel`);
  const posted = page.waitForRequest((r) => r.method() === 'POST');
  await page.getByRole('button', { name: 'Yes, cancel my appointment' }).click();
  expect((await posted).headers()['origin']).toBe(new URL(baseURL!).origin);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This booking has ended' }),
  ).toBeVisible();
  await expect(page.getByText('Your appointment has been cancelled.')).toBeVisible();
});

test('a cancelled booking’s link shows only that it has ended and the clinic’s phone; its .ics is gone', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const slots = await openSlots(request, SERVICE, 5, 25);
  const middle = Math.floor(slots.length / 2);
  const patient = canaryPatient('Ended', `ended${randomUUID().slice(0, 6)}`);
  const manageUrl = await bookFirstOpen(request, {
    origin: baseURL!,
    service: SERVICE,
    candidates: slots.slice(middle + 10, middle + 20),
    patient,
  });
  const path = new URL(manageUrl).pathname;

  // While it is booked, the link shows the booking and its calendar file.
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Your appointment');
  expect((await request.get(`${path}/calendar.ics`)).status()).toBe(200);

  await page.goto(`${path}?action=cancel`);
  await page.getByRole('button', { name: 'Yes, cancel my appointment' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'This booking has ended' }),
  ).toBeVisible();

  // Opened again later, from an old e-mail: no name, therapy, practitioner or time.
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This booking has ended' }),
  ).toBeVisible();
  await expect(page.getByText('Your appointment has been cancelled.')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: /^Call \(503\)/ })).toHaveAttribute(
    'href',
    clinicTel,
  );
  const html = await response!.text();
  const first = patient.name.split(' ')[0]!;
  for (const hidden of [first, patient.name, 'Chiropractic adjustment', ...practitionerNames])
    expect(html, hidden).not.toContain(hidden);
  // (The site's footer has opening hours: the booking's time is looked for in the page's content.)
  expect(await page.getByRole('main').textContent()).not.toMatch(/\d{1,2}:\d{2}\s?(am|pm)/i);
  await expect(page.getByRole('link', { name: 'Add to calendar' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /cancel/i })).toHaveCount(0);

  const ics = await request.get(`${path}/calendar.ics`);
  expect(ics.status()).toBe(410);
  expect(ics.headers()['cache-control']).toContain('no-store');
  expect(await ics.text()).not.toContain('BEGIN:VCALENDAR');

  // axe needs scripts: the same page in a browser with JavaScript on.
  const withJs = await browser.newContext({ javaScriptEnabled: true, baseURL });
  const checked = await withJs.newPage();
  await checked.goto(path);
  await expect(
    checked.getByRole('heading', { level: 1, name: 'This booking has ended' }),
  ).toBeVisible();
  expect(await axeViolations(checked)).toEqual([]);
  await withJs.close();
});

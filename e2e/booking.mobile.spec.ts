import { readFile } from 'node:fs/promises';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { demoPractitioners } from '../db/seed/clinic-data';
import {
  TIME_LABEL,
  chooseDay,
  chooseTherapyAndPractitioner,
  chooseTime,
  confirmBooking,
  continueToReview,
  fillDetails,
  timesRegion,
} from './booking-flow';
import { canary, canaryPatient } from './canary';
import { axeViolations } from './a11y';

/**
 * The patient booking journey on a phone. Tests share one server and database, and some book the
 * very times others look at, so they run one after another in a single worker.
 */
test.describe.configure({ mode: 'default' });

// Online bookings are rate-limited per client address (10 per 10 minutes). This file makes about
// six; its own address (a documentation-range value, only ever a header) keeps other specs'
// bookings from the same machine out of its count. `next start` keeps a forwarded address it is given.
const CLIENT_HEADERS = { 'X-Forwarded-For': '198.51.100.23' };
test.use({ extraHTTPHeaders: CLIENT_HEADERS });

function slugOf(name: string): string {
  const p = demoPractitioners.find((x) => x.name === name);
  if (!p) throw new Error(`No seeded practitioner called ${name}`);
  return p.slug;
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'no horizontal scroll').toBeLessThanOrEqual(0);
}

/** The time links a practitioner has on a day, read straight from the picker. */
async function openTimes(
  page: Page,
  service: string,
  practitionerSlug: string,
  date: string,
): Promise<string[]> {
  await page.goto(`/book?service=${service}&practitioner=${practitionerSlug}&date=${date}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a day and time' }),
  ).toBeVisible();
  // The times stream in after the step's frame: read them once they are there, not the skeleton.
  await expect(timesRegion(page)).toBeVisible();
  return timesRegion(page).getByRole('link', { name: TIME_LABEL }).allTextContents();
}

function practitionerOnPage(page: Page) {
  // The "With" row of the appointment details.
  return page.locator('dt', { hasText: /^With$/ }).locator('xpath=following-sibling::dd[1]');
}

async function newPhone(browser: Browser) {
  const context = await browser.newContext({
    ...devices['Pixel 7'],
    extraHTTPHeaders: CLIENT_HEADERS,
    baseURL: test.info().project.use.baseURL,
  });
  return { context, page: await context.newPage() };
}

test('a patient books end to end, the time leaves the picker and the .ics has the UTC start', async ({
  page,
}) => {
  await chooseTherapyAndPractitioner(page, 'Chiropractic adjustment', 'First available');
  const date = await chooseDay(page, 1);
  await expect(
    timesRegion(page)
      .getByRole('heading', { name: /^(Morning|Afternoon|Evening)$/ })
      .first(),
  ).toBeVisible();
  const { label, start } = await chooseTime(page);
  // The log canary itself (e2e/canary.ts): the teardown fails the run if the server logged it.
  const patient = canary();
  await fillDetails(page, { ...patient, phone: '(503) 555-0100' });
  await continueToReview(page);
  await expect(page.getByText(patient.name, { exact: true })).toBeVisible();
  await expect(page.getByText(patient.email, { exact: true })).toBeVisible();
  await expect(page.getByText(label, { exact: false }).first()).toBeVisible();
  await confirmBooking(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re booked, Quenby');

  await expect(page).toHaveURL(/\/book\/manage\/[A-Za-z0-9_-]{43}\?booked=1$/);
  await expect(page.getByText('Chiropractic adjustment').first()).toBeVisible();
  await expect(page.getByText(/Pacific Time \(Portland\)/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to bring' })).toBeVisible();
  await expect(page.getByText(/arrive 10 minutes early/)).toBeVisible();
  await expect(page.getByText(/\/book\/manage\/[A-Za-z0-9_-]{43}$/)).toBeVisible();
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'same-origin');
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Add to calendar' }).click();
  const ics = await readFile((await (await download).path())!, 'utf8');
  const utc = new Date(start)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
  expect(ics).toContain(`\r\nDTSTART:${utc}\r\n`);
  expect(ics).toMatch(/\r\nUID:[0-9a-f-]{36}@larkfield-stride\.example\r\n/);

  const who = (await practitionerOnPage(page).textContent()) ?? '';
  const practitioner = demoPractitioners.find((p) => who.startsWith(p.name));
  expect(practitioner, `booked with a seeded practitioner (${who})`).toBeTruthy();
  expect(await openTimes(page, 'chiropractic-adjustment', practitioner!.slug, date)).not.toContain(
    label,
  );
});

test('a second patient who had the same time open is offered alternatives and books one without retyping', async ({
  page,
  browser,
}) => {
  const practitioner = 'Dr. Daniel Reyes';
  const first = { ...canaryPatient('Bea'), phone: '503 555 0101' };
  const second = { ...canaryPatient('Cal'), phone: '+1 503-555-0102' };

  await chooseTherapyAndPractitioner(page, 'Chiropractic adjustment', practitioner);
  await chooseDay(page, 1);
  const { start } = await chooseTime(page);
  await fillDetails(page, first);
  await continueToReview(page);

  const other = await newPhone(browser);
  await other.page.goto(page.url().replace(/step=review/, 'step=details'));
  await fillDetails(other.page, second);
  await continueToReview(other.page);

  await confirmBooking(page);

  await other.page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(
    other.page.getByRole('heading', { name: 'Sorry, that time was just taken by someone else' }),
  ).toBeVisible();
  const alternatives = other.page.getByRole('button', { name: /\d{1,2}:\d{2} (am|pm)/ });
  await expect(alternatives.first()).toBeVisible();
  const picked = (await alternatives.first().textContent())!.trim();
  await alternatives.first().click();

  await expect(
    other.page.getByRole('heading', { level: 1, name: 'Check and confirm' }),
  ).toBeVisible();
  await expect(other.page).not.toHaveURL(new RegExp(encodeURIComponent(start)));
  // "Tuesday, November 24 at 6:30 pm" on the button; the review adds the year.
  const [pickedDay, pickedTime] = picked.split(' at ');
  await expect(other.page.getByText(`${pickedDay}, `).first()).toContainText(`at ${pickedTime}`);
  await expect(other.page.getByText(second.name)).toBeVisible();
  await expect(other.page.getByText(second.email)).toBeVisible();
  // Their form is still filled in, should they look.
  await other.page.getByRole('link', { name: 'Edit your details' }).click();
  await expect(other.page.getByLabel('Full name')).toHaveValue(second.name);
  await expect(other.page.getByLabel('Mobile phone')).toHaveValue(second.phone);
  await expect(other.page.getByRole('checkbox', { name: /I accept the/ })).toBeChecked();
  await continueToReview(other.page);
  await confirmBooking(other.page);
  await expect(practitionerOnPage(other.page)).toContainText(practitioner);
  await other.context.close();
});

// The warning-sign question (both tiers) has its own spec: e2e/booking-red-flags.mobile.spec.ts.

test('the manage link moves the booking, then cancels it, and each freed time comes back', async ({
  page,
  request,
}) => {
  const practitioner = 'Priya Nair';
  const slug = slugOf(practitioner);
  await chooseTherapyAndPractitioner(page, 'Myofascial release', practitioner);
  // Past the 24-hour cancellation cut-off, so changing online is allowed. Two weeks out: specs
  // running beside this one book Priya's times in the coming days, and a time taken between this
  // step and the review sends the patient back to the times.
  const date = await chooseDay(page, 14);
  const { label } = await chooseTime(page);
  await fillDetails(page, { ...canaryPatient('Eli'), phone: '503 555 0104' });
  await continueToReview(page);
  await confirmBooking(page);
  const manageUrl = page.url().replace(/\?booked=1$/, '');

  const response = await request.get(manageUrl);
  expect(response.headers()['cache-control']).toContain('no-store');
  expect(await openTimes(page, 'myofascial-release', slug, date)).not.toContain(label);

  // Reschedule with the same day-and-time picker, then confirm.
  await page.goto(manageUrl);
  await expect(
    page.getByRole('heading', { level: 1, name: /^Your appointment, Eli/ }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Change time' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new time' })).toBeVisible();
  // A week out: the days before are the ones the other specs fill while this one runs.
  const newDate = await chooseDay(page, 7);
  // The day's last time: when other specs have filled the days between, the new day can be the
  // old one, and a time just after the old one would overlap the very time that should come back.
  const newTime = timesRegion(page).getByRole('link', { name: TIME_LABEL }).last();
  const newLabel = (await newTime.textContent())!.trim();
  await newTime.click();
  await page.getByRole('button', { name: 'Yes, move my appointment' }).click();
  await expect(page.getByText('Done: your appointment has moved')).toBeVisible();
  await expect(
    page.locator('dt', { hasText: /^When$/ }).locator('xpath=following-sibling::dd[1]'),
  ).toContainText(`at ${newLabel}`);
  expect(await openTimes(page, 'myofascial-release', slug, date)).toContain(label);
  expect(await openTimes(page, 'myofascial-release', slug, newDate)).not.toContain(newLabel);

  // Cancel, with a reason and a confirm step.
  await page.goto(manageUrl);
  await page.getByRole('link', { name: 'Cancel appointment' }).click();
  await expect(page.getByRole('heading', { name: 'Cancel this appointment?' })).toBeVisible();
  await page.getByLabel(/Reason/).fill('Feeling better already');
  await page.getByRole('button', { name: 'Yes, cancel my appointment' }).click();
  // The link has ended: it says so and shows nothing about the booking (manage-without-js.spec.ts).
  await expect(
    page.getByRole('heading', { level: 1, name: 'This booking has ended' }),
  ).toBeVisible();
  await expect(page.getByText('Your appointment has been cancelled.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Book an appointment' }).first()).toHaveAttribute(
    'href',
    '/book',
  );
  await expect(page.getByRole('link', { name: 'Cancel appointment' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Change time' })).toHaveCount(0);

  expect(await openTimes(page, 'myofascial-release', slug, newDate)).toContain(newLabel);
});

test('a reload on the details step keeps the choices and what was typed', async ({ page }) => {
  await chooseTherapyAndPractitioner(page, 'Myofascial release', 'First available');
  // Over three weeks out: the coming days fill up as the other specs book, and a time taken while
  // this one types would send the reload back to the times.
  await chooseDay(page, 24);
  const { label } = await chooseTime(page);
  const url = page.url();
  const fay = canaryPatient('Fay');
  await page.getByLabel('Full name').fill(fay.name);
  await page.getByLabel('E-mail').fill(fay.email);
  await page.getByRole('checkbox', { name: 'Hip or buttock' }).check();
  await page.getByRole('radio', { name: '6 to 12 weeks' }).check();

  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Your details' })).toBeVisible();
  await expect(page.getByText(`at ${label}`)).toBeVisible();
  await expect(page.getByLabel('Full name')).toHaveValue(fay.name);
  await expect(page.getByLabel('E-mail')).toHaveValue(fay.email);
  await expect(page.getByRole('checkbox', { name: 'Hip or buttock' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '6 to 12 weeks' })).toBeChecked();

  // Going back to change the time loses nothing either.
  await page.getByRole('link', { name: 'Change day and time' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a day and time' }),
  ).toBeVisible();
  const times = await timesRegion(page).getByRole('link', { name: TIME_LABEL }).count();
  await chooseTime(page, times > 1 ? 1 : 0);
  await expect(page.getByLabel('Full name')).toHaveValue(fay.name);
  await expect(page.getByRole('checkbox', { name: 'Hip or buttock' })).toBeChecked();

  // And submitting with answers missing says which, on the fields themselves.
  await page.getByRole('button', { name: 'Continue to review' }).click();
  await expect(page.getByLabel('Mobile phone')).toBeFocused();
  await expect(page.getByLabel('Mobile phone')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter a phone number we can call.')).toBeVisible();
});

test('the booking steps are accessible and fit a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/book');
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);
  await page.goto('/book?service=chiropractic-adjustment');
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);
  await page.goto('/book?service=chiropractic-adjustment&practitioner=any');
  await chooseDay(page, 1);
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);

  // The calendar works from the keyboard: arrow keys move between days with openings.
  const days = page.getByRole('link', { name: /times? available$/ });
  if ((await days.count()) > 1) {
    await days.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(days.nth(1)).toBeFocused();
  }

  await chooseTime(page);
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Continue to review' }).click();
  await expect(page.getByLabel('Full name')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});

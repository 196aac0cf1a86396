import { expect, type Page } from '@playwright/test';
import { demoClinic } from '../db/seed/clinic-data';

/** The patient booking flow's steps, through the real pages, shared by the specs that book. */

export const TIME_LABEL = /^\d{1,2}:\d{2} (am|pm)$/;

export function clinicToday(offsetDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: demoClinic.timeZone }).format(
    new Date(),
  );
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

/** Therapy → practitioner through the real links. */
export async function chooseTherapyAndPractitioner(
  page: Page,
  therapy: string,
  practitioner: string,
) {
  await page.goto('/book');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a therapy' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`^${therapy}`) }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Who would you like to see?' }),
  ).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`^${practitioner}`) }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a day and time' }),
  ).toBeVisible();
}

/** Clicks the first day with openings at least `minDaysAhead` days from today (clinic calendar). */
export async function chooseDay(page: Page, minDaysAhead: number): Promise<string> {
  const earliest = clinicToday(minDaysAhead);
  for (let month = 0; month < 3; month++) {
    const days = page.getByRole('link', { name: /times? available$/ });
    await expect(days.first()).toBeVisible();
    // Without the fragment ("#times" on wide screens): only the query matters here.
    const hrefs = await days.evaluateAll((links) =>
      links.map((a) => (a.getAttribute('href') ?? '').split('#')[0]!),
    );
    const index = hrefs.findIndex(
      (href) => (new URLSearchParams(href.split('?')[1]).get('date') ?? '') >= earliest,
    );
    if (index >= 0) {
      const date = new URLSearchParams(hrefs[index]!.split('?')[1]).get('date')!;
      await days.nth(index).click();
      await expect(page).toHaveURL(new RegExp(`date=${date}`));
      return date;
    }
    await nextMonth(page);
  }
  throw new Error(`No day with openings from ${earliest}`);
}

/**
 * Presses "Next month" and waits until the calendar shows that month. Reading the days straight
 * after the click read the old month again (the page changes when the server has answered) and
 * pressed a second time, so a search for a day four weeks ahead could end up two months on.
 */
export async function nextMonth(page: Page): Promise<string> {
  const next = page.getByRole('link', { name: 'Next month' });
  const month = new URLSearchParams((await next.getAttribute('href'))!.split('?')[1]).get('month')!;
  await next.click();
  await expect(page).toHaveURL(new RegExp(`month=${month}`));
  await expect(page.locator(`a[data-date]:not([data-date^="${month}-"])`)).toHaveCount(0);
  return month;
}

export function timesRegion(page: Page) {
  return page.getByRole('region', { name: /^Times on / });
}

/**
 * Clicks the nth open time of the chosen day (negative: from the end); returns its label and ISO
 * start. Specs running beside this one book on the same server: when the time is taken between
 * showing the picker and choosing it, the patient is sent back to the fresh times ("Sorry, that
 * time is no longer available"), and the same position on the new list is chosen, up to 3 times.
 */
export async function chooseTime(page: Page, nth = 0): Promise<{ label: string; start: string }> {
  const region = timesRegion(page);
  const details = page.getByRole('heading', { level: 1, name: 'Your details' });
  const gone = page.getByText('Sorry, that time is no longer available');
  for (let attempt = 1; ; attempt++) {
    await expect(region.getByText(/^Times are Pacific Time \(Portland\)\.$/)).toBeVisible();
    const times = region.getByRole('link', { name: TIME_LABEL });
    const time = nth < 0 ? times.nth((await times.count()) + nth) : times.nth(nth);
    const label = (await time.textContent())!.trim();
    const href = (await time.getAttribute('href'))!;
    const start = new URLSearchParams(href.split('?')[1]).get('start')!;
    await time.click();
    await expect(details.or(gone)).toBeVisible();
    if (await details.isVisible()) return { label, start };
    if (attempt === 3)
      throw new Error(`three times in a row were taken before they could be chosen`);
  }
}

export interface Patient {
  name: string;
  email: string;
  phone: string;
  /** "What brings you in"; a plain default when not given. */
  reason?: string;
}

export async function fillDetails(page: Page, patient: Patient) {
  await page.getByLabel('Full name').fill(patient.name);
  await page.getByLabel('E-mail').fill(patient.email);
  await page.getByLabel('Mobile phone').fill(patient.phone);
  await page.getByRole('radio', { name: 'Yes, I’ve been before' }).check();
  await page.getByRole('checkbox', { name: 'Lower back' }).check();
  await page.getByRole('radio', { name: 'Less than 2 weeks' }).check();
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page
    .getByLabel(/What brings you in/)
    .fill(patient.reason ?? 'Sore after a long run on Sunday.');
  await page.getByRole('checkbox', { name: /I accept the \d+-hour cancellation policy/ }).check();
}

export async function continueToReview(page: Page) {
  await page.getByRole('button', { name: 'Continue to review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check and confirm' })).toBeVisible();
}

export async function confirmBooking(page: Page) {
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^You’re booked/ })).toBeVisible();
}

import { expect, test } from '@playwright/test';
import { bookFirstOpen, openSlots } from './api-booking';
import { clinicToday, nextMonth } from './booking-flow';
import { canaryPatient } from './canary';

/**
 * The manage link's day picker moves one month per press of "Next month": reaching a day four
 * weeks ahead takes one press per month boundary, never lands a month further on, and each month
 * shown lists only its own days. (A search for such a day once ended in February: the test
 * helper read the old month again and pressed twice; e2e/booking-flow.ts `nextMonth` waits.)
 */

const SERVICE = 'chiropractic-adjustment';
const monthName = (month: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
const addMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

test('“Next month” on the manage page goes one month at a time to a day four weeks ahead', async ({
  page,
  request,
  baseURL,
}) => {
  const manageUrl = await bookFirstOpen(request, {
    origin: baseURL!,
    service: SERVICE,
    candidates: (await openSlots(request, SERVICE, 50, 58)).slice(-20),
    patient: canaryPatient('Months'),
  });
  await page.goto(`${manageUrl}?action=reschedule`);
  await expect(page.getByRole('heading', { level: 2, name: 'Choose a new time' })).toBeVisible();

  const target = clinicToday(28).slice(0, 7);
  const title = page.locator('table caption');
  let month = clinicToday().slice(0, 7);
  // With nothing left this month the picker opens on the next one.
  if (!((await title.textContent()) ?? '').startsWith(monthName(month))) month = addMonth(month);
  await expect(title).toHaveText(`${monthName(month)}: days with open times are links`);
  while (month < target) {
    const shown = await nextMonth(page);
    month = addMonth(month);
    expect(shown).toBe(month);
    await expect(title).toHaveText(`${monthName(month)}: days with open times are links`);
  }
  expect(month).toBe(target);
  // Its days, and no other month's, are the ones offered.
  await expect(page.locator(`a[data-date]:not([data-date^="${target}-"])`)).toHaveCount(0);
});

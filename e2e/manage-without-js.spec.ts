import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { bookFirstOpen, openSlots } from './api-booking';
import { canaryPatient } from './canary';

/**
 * A patient on a slow phone taps "cancel" before the page's JavaScript has loaded, or has none: a
 * plain form post. It must carry the site's Origin (a `no-referrer` page would make it `null`,
 * which the cross-site guard and Next's server actions refuse) and cancel the appointment.
 */
const SERVICE = 'chiropractic-adjustment';

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
    page.getByRole('heading', { level: 1, name: 'This appointment is cancelled' }),
  ).toBeVisible();
});

import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { bookFirstOpen, openSlots } from './api-booking';
import { canaryPatient } from './canary';
import { openAdminSession } from './staff-session';

const SERVICE = 'new-patient-consultation';

test('a booking made through the API shows in the admin’s Outbox, and its manage link opens the booking', async ({
  page,
  request,
  baseURL,
}) => {
  const tag = randomUUID().slice(0, 8);
  // A canary patient (e2e/canary.ts): unique to this run, and never allowed in the server log.
  const { name, email } = canaryPatient('Outboxtester', `outbox${tag}`);

  const slots = await openSlots(request, SERVICE, 3, 20);
  expect(slots.length).toBeGreaterThan(0);
  // Late slots first: other specs book early ones; a slot taken meanwhile is simply skipped.
  const manageUrl = await bookFirstOpen(request, {
    origin: baseURL!,
    service: SERVICE,
    candidates: slots.slice(-10).reverse(),
    patient: { name, email },
    reason: 'Checking that the e-mail <b>arrives</b>.',
  });

  await openAdminSession(page);

  await page
    .getByRole('navigation', { name: 'Staff' })
    .getByRole('link', { name: 'Outbox' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  // Other specs book at the same time: find this patient's messages by their address.
  await page.getByLabel('Recipient e-mail').fill(email);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/[?&]to=canary-/);

  const confirmation = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: /^Booked:/ }) });
  // The in-app worker delivers to the local mailbox within seconds; reload until it has.
  await expect(async () => {
    await page.reload();
    await expect(confirmation.getByText('Sent', { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(confirmation.getByText(email)).toBeVisible();
  await expect(confirmation.getByText('(local mailbox)')).toBeVisible();
  // The patient's messages: this confirmation and the reminder that waits for its time.
  await expect(page.getByRole('article')).toHaveCount(2);

  await confirmation.getByText('Message text').click();
  const text = confirmation.locator('pre').first();
  await expect(text).toContainText('Hello Outboxtester,');
  await expect(text).toContainText('Checking that the e-mail <b>arrives</b>.');
  await expect(text).toContainText(manageUrl);

  // The clinic's notice of the same booking, to the clinic's own address.
  await page.goto('/dashboard/outbox?to=hello%40larkfield-stride.example');
  await expect(page.getByRole('article').filter({ hasText: name })).toHaveCount(1);

  await page.goto(`/dashboard/outbox?to=${encodeURIComponent(email)}`);
  const link = confirmation.getByRole('link', { name: 'Open the patient’s manage link' });
  await expect(link).toHaveAttribute('href', manageUrl);
  await link.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your appointment, Outboxtester' }),
  ).toBeVisible();
});

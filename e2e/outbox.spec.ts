import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { canaryPatient } from './canary';

const password = process.env.SEED_STAFF_PASSWORD ?? 'e2e-Staff-Passw0rd!';
const SERVICE = 'new-patient-consultation';

const siteOrigin = () => new URL(test.info().project.use.baseURL ?? '').origin;

/** A clinic-local date (America/Los_Angeles), `days` from today. */
function clinicDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(date);
}

test('a booking made through the API shows in the admin’s Outbox, and its manage link opens the booking', async ({
  page,
  request,
}) => {
  const tag = randomUUID().slice(0, 8);
  // A canary patient (e2e/canary.ts): unique to this run, and never allowed in the server log.
  const { name, email } = canaryPatient('Outboxtester', `outbox${tag}`);

  const availability = await request.get(
    `/api/v1/availability?service=${SERVICE}&from=${clinicDate(3)}&to=${clinicDate(20)}`,
  );
  expect(availability.ok()).toBe(true);
  const { slots } = (await availability.json()) as {
    slots: Array<{ start: string; practitionerId: string }>;
  };
  expect(slots.length).toBeGreaterThan(0);

  // Late slots first: other specs book early ones; a slot taken meanwhile is simply skipped.
  let manageUrl: string | undefined;
  for (const slot of slots.slice(-10).reverse()) {
    const response = await request.post('/api/v1/bookings', {
      // Not a browser: send the Origin a browser would, or the cross-site guard refuses it.
      headers: { 'Idempotency-Key': `e2e-outbox-${randomUUID()}`, Origin: siteOrigin() },
      data: {
        service: SERVICE,
        practitioner: slot.practitionerId,
        start: slot.start,
        patient: {
          name,
          email,
          phone: '+1 503-555-0188',
          patientType: 'new',
          reason: 'Checking that the e-mail <b>arrives</b>.',
          consent: true,
          intake: {
            painAreas: ['lower_back'],
            painDuration: 'under_2_weeks',
            legPain: 'no',
            redFlags: [],
          },
        },
      },
    });
    if (response.status() === 409) continue;
    expect(response.status()).toBe(201);
    manageUrl = ((await response.json()) as { manageUrl: string }).manageUrl;
    break;
  }
  expect(manageUrl).toMatch(/\/book\/manage\/[A-Za-z0-9_-]{43}$/);

  await page.goto('/sign-in');
  await page.getByLabel('Work e-mail').fill('admin@larkfield-stride.example');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

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
  await expect(text).toContainText(manageUrl!);

  // The clinic's notice of the same booking, to the clinic's own address.
  await page.goto('/dashboard/outbox?to=hello%40larkfield-stride.example');
  await expect(page.getByRole('article').filter({ hasText: name })).toHaveCount(1);

  await page.goto(`/dashboard/outbox?to=${encodeURIComponent(email)}`);
  const link = confirmation.getByRole('link', { name: 'Open the patient’s manage link' });
  await expect(link).toHaveAttribute('href', manageUrl!);
  await link.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your appointment, Outboxtester' }),
  ).toBeVisible();
});

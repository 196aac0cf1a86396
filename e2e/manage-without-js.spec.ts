import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { canaryPatient } from './canary';

/**
 * A patient on a slow phone taps "cancel" before the page's JavaScript has loaded, or has none:
 * the manage page is served with `Referrer-Policy: no-referrer`, so the browser's plain form post
 * says `Origin: null`. The cross-site guard must still let the patient's own page through.
 */
const SERVICE = 'chiropractic-adjustment';

function clinicDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(date);
}

test.use({ javaScriptEnabled: false });

test('a patient cancels from the manage link with JavaScript off', async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const patient = canaryPatient('Nojs', `nojs${randomUUID().slice(0, 6)}`);
  const availability = await request.get(
    `/api/v1/availability?service=${SERVICE}&from=${clinicDate(5)}&to=${clinicDate(25)}`,
  );
  const { slots } = (await availability.json()) as { slots: Array<{ start: string; practitionerId: string }> };
  let manageUrl: string | undefined;
  // Middle of the range: other specs book the earliest and latest times.
  for (const slot of slots.slice(Math.floor(slots.length / 2), Math.floor(slots.length / 2) + 10)) {
    const response = await request.post('/api/v1/bookings', {
      headers: { 'Idempotency-Key': `e2e-nojs-${randomUUID()}`, Origin: origin },
      data: {
        service: SERVICE,
        practitioner: slot.practitionerId,
        start: slot.start,
        patient: {
          name: patient.name,
          email: patient.email,
          phone: '+1 503-555-0166',
          patientType: 'returning',
          reason: 'Stiff back after a long run.',
          consent: true,
          intake: { painAreas: ['lower_back'], painDuration: 'under_2_weeks', legPain: 'no', redFlags: [] },
        },
      },
    });
    if (response.status() === 409) continue;
    expect(response.status()).toBe(201);
    manageUrl = ((await response.json()) as { manageUrl: string }).manageUrl;
    break;
  }
  expect(manageUrl).toBeDefined();

  await page.goto(`${new URL(manageUrl!).pathname}?action=cancel`);
  const posted = page.waitForRequest((r) => r.method() === 'POST');
  await page.getByRole('button', { name: 'Yes, cancel my appointment' }).click();
  // The browser really did say "null": this is the case the guard must let through.
  expect((await posted).headers()['origin']).toBe('null');
  await expect(
    page.getByRole('heading', { level: 1, name: 'This appointment is cancelled' }),
  ).toBeVisible();
});

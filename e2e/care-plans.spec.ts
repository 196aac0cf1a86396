import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { bookingBody, openSlots, ownClientAddress, type Slot } from './api-booking';
import { canaryPatient } from './canary';
import { openAdminSession, signIn } from './staff-session';
import { axeViolations } from './a11y';

const SERVICE = 'chiropractic-adjustment';
const PRACTITIONER_EMAIL = 'maya.okafor@larkfield-stride.example';

/** Every axe finding, whatever its impact: these pages are new and start clean. */

test('a practitioner makes a care plan from an appointment; the patient follows it on a phone; adherence updates', async ({
  browser,
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const tag = randomUUID().slice(0, 8);
  const patient = canaryPatient('Planrunner', `plan${tag}`);

  // An appointment with Maya, booked online (late slots first: other specs take early ones).
  const team = (await (await request.get('/api/v1/practitioners')).json()) as {
    practitioners: Array<{ id: string; name: string }>;
  };
  const maya = team.practitioners.find((p) => p.name.includes('Maya'))!;
  const slots = (await openSlots(request, SERVICE, 2, 9)).filter(
    (s: Slot) => s.practitionerId === maya.id,
  );
  let appointmentId: string | null = null;
  for (const slot of slots.reverse()) {
    const response = await request.post('/api/v1/bookings', {
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

  // The practitioner: Create care plan from the appointment → review → book all.
  await signIn(page, PRACTITIONER_EMAIL);
  await page.goto(`/dashboard/appointments/${appointmentId}`);
  await page.getByRole('link', { name: 'Create care plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create care plan' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Number of visits').fill('6');
  await page.getByLabel('Visits a week').fill('2');
  await page.getByRole('button', { name: 'Propose times' }).click();
  await expect(page.getByRole('heading', { name: 'Proposed times' })).toBeVisible();
  await expect(page.getByLabel(/^Visit \d date$/)).toHaveCount(6);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Plan notes (clinical)').fill('Runner, 40 km a week; left SI joint.');
  await page.getByRole('button', { name: 'Book all 6 visits' }).click();
  await expect(page).toHaveURL(/\/dashboard\/care-plans\/[0-9a-f-]{36}\?created=1$/, {
    timeout: 20_000,
  });
  const planUrl = page.url().replace(/\?.*$/, '');
  await expect(page.getByText(/Plan created: 6 visits booked/)).toBeVisible();

  // Two home exercises with this patient's dosage; a bad dosage is refused beside its field.
  await page.getByLabel('Exercise', { exact: true }).selectOption({ label: 'Glute bridge' });
  await page.getByLabel('Times a week').fill('9');
  await page.getByRole('button', { name: 'Add exercise' }).click();
  await expect(page.getByText('Times a week can be at most 7.')).toBeVisible();
  await page.getByLabel('Times a week').fill('7');
  await page.getByRole('button', { name: 'Add exercise' }).click();
  await expect(page.getByText('Glute bridge added to the plan.')).toBeVisible();
  await page.getByLabel('Exercise', { exact: true }).selectOption({ label: 'Bird dog' });
  await page.getByLabel('Times a week').fill('3');
  await page.getByRole('button', { name: 'Add exercise' }).click();
  await expect(page.getByText('Bird dog added to the plan.')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('adherence-percent')).toHaveText('0%');
  expect(await axeViolations(page)).toEqual([]);

  // The admin's Outbox is the patient's inbox in the demo: one e-mail for the whole plan.
  const admin = await browser.newPage();
  await openAdminSession(admin);
  await admin.goto(`/dashboard/outbox?to=${encodeURIComponent(patient.email)}`);
  const planMail = admin
    .getByRole('article')
    .filter({ has: admin.getByRole('heading', { name: /^Your care plan:/ }) });
  await expect(async () => {
    await admin.reload();
    await expect(planMail.getByText('Sent', { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const planLink = await planMail
    .getByRole('link', { name: 'Open the patient’s plan link' })
    .getAttribute('href');
  expect(planLink).toMatch(/\/plan\/[A-Za-z0-9_-]{43}$/);
  await admin.close();

  // The patient, on a 360 px phone.
  const phone = await browser.newContext({
    viewport: { width: 360, height: 780 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  const mobile = await phone.newPage();
  await mobile.goto(planLink!);
  await expect(mobile.getByRole('heading', { level: 1, name: 'My plan' })).toBeVisible();
  await expect(mobile.getByRole('link', { name: /Reschedule or cancel/ }).first()).toBeVisible();
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    360,
  );
  expect(await axeViolations(mobile)).toEqual([]);
  for (const [name, pain] of [
    ['Glute bridge', '3'],
    ['Bird dog', ''],
  ] as const) {
    const card = mobile.getByRole('region', { name });
    await card.getByLabel('Pain today (0–10, optional)').fill(pain);
    await card.getByRole('button', { name: /^Done today/ }).click();
    await expect(
      mobile.getByRole('region', { name }).getByText('Logged for today. Well done!'),
    ).toBeVisible();
  }
  await expect(mobile.getByRole('button', { name: /Done today ✓/ })).toHaveCount(2);
  // Printed, the plan is the visits and the exercises: no forms, no links to change visits.
  await mobile.emulateMedia({ media: 'print' });
  await expect(mobile.getByRole('button', { name: /Done today/ }).first()).toBeHidden();
  await expect(mobile.getByRole('link', { name: /Reschedule or cancel/ }).first()).toBeHidden();
  await expect(mobile.getByRole('heading', { name: 'Glute bridge' })).toBeVisible();
  await phone.close();

  // Without JavaScript the plan reads, and a tick is a plain form post (here: a later pain score).
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(planLink!);
  const bridge = plain.getByRole('region', { name: 'Glute bridge' });
  await expect(bridge.getByText(/Your dose: 3 sets × 10 reps · every day/)).toBeVisible();
  await bridge.getByLabel('Pain today (0–10, optional)').fill('2');
  await bridge.getByRole('button', { name: /^Done today ✓/ }).click();
  await expect(
    plain.getByRole('region', { name: 'Glute bridge' }).getByText('Logged for today. Well done!'),
  ).toBeVisible();
  await noScript.close();

  // The front desk sees the plan's visits, never its exercises, logs or notes.
  const desk = await browser.newPage();
  await signIn(desk, 'frontdesk@larkfield-stride.example');
  await desk.goto(planUrl);
  await expect(desk.getByRole('heading', { name: 'Visits' })).toBeVisible();
  await expect(desk.getByText(/shown only to the treating practitioner and admins/)).toBeVisible();
  await expect(desk.getByRole('heading', { name: 'Adherence' })).toHaveCount(0);
  await expect(desk.getByText('Runner, 40 km a week')).toHaveCount(0);
  await desk.close();

  // The practitioner sees adherence move and the pain score.
  await page.goto(planUrl);
  await expect(page.getByText(/^2 of \d+ prescribed sessions logged so far$/)).toBeVisible();
  await expect(page.getByTestId('adherence-percent')).not.toHaveText('0%');
  await expect(page.getByText(/latest 2 on/)).toBeVisible();
});

test('the exercise library page and editor are accessible and preview as you type', async ({
  page,
}) => {
  await signIn(page, PRACTITIONER_EMAIL);
  await page.goto('/dashboard/exercises');
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Add exercise' }).click();
  await page.getByLabel('Name').fill('Calf raise <b>test</b>');
  await page.getByLabel('Steps').fill('Stand tall.\nRise onto your toes.');
  await expect(
    page.getByRole('heading', { level: 3, name: 'Calf raise <b>test</b>' }),
  ).toBeVisible();
  await expect(page.getByText('Rise onto your toes.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

import { expect, type Page } from '@playwright/test';
import { demoClinic } from '../db/seed/clinic-data';
import { SCREENING_ACKNOWLEDGED, TIER_GUIDANCE } from '../lib/clinical/red-flags';
import {
  chooseDay,
  chooseTherapyAndPractitioner,
  chooseTime,
  confirmBooking,
  continueToReview,
  fillDetails,
} from './booking-flow';
import { canaryPatient } from './canary';
import { test } from './staff-journeys';
import { axeViolations } from './a11y';

/**
 * The booking screen's warning-sign question (lib/clinical/red-flags.ts) on a 390 × 844 phone:
 * an emergency sign stops the booking with the 911 message at the top of the screen, a
 * see-a-doctor-today sign books after an acknowledgement and is shown to the practitioner only.
 */
test.describe.configure({ mode: 'default' });
test.use({
  viewport: { width: 390, height: 844 },
  // Its own client address for the booking rate limit (see booking.mobile.spec.ts).
  extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.41' },
});

const clinicTel = `tel:+${demoClinic.phone.replace(/\D/g, '')}`;

/** The emergency message (Next's route announcer is an alert too, so by its heading). */
const emergencyAlert = (page: Page) =>
  page.getByRole('alert').filter({ hasText: TIER_GUIDANCE.emergency.heading });

test('an emergency sign puts the 911 message at the top of the screen, focused, and stops online booking', async ({
  page,
}) => {
  await chooseTherapyAndPractitioner(page, 'Chiropractic adjustment', 'First available');
  // Nothing is booked here: a day and time other specs leave alone keeps the step open throughout.
  await chooseDay(page, 6);
  await chooseTime(page, 1);
  await fillDetails(page, { ...canaryPatient('Ema'), phone: '503 555 0141' });
  await expect(page.getByRole('button', { name: 'Continue to review' })).toBeVisible();

  // Both tiers are asked, in the module's words.
  await expect(page.getByRole('checkbox', { name: 'Chest pain' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'A history of cancer' })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Chest pain' }).check();
  const alert = emergencyAlert(page);
  await expect(alert).toBeVisible();
  await expect(alert).toBeFocused();
  const placed = await page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    const box = active.getBoundingClientRect();
    return { id: active.id, top: box.top, viewport: window.innerHeight };
  });
  expect(placed.id).toBe('emergency-guidance');
  expect(placed.viewport).toBe(844);
  expect(placed.top).toBeGreaterThanOrEqual(0);
  expect(placed.top).toBeLessThan(40);

  // 911 first and large; the clinic's number is there, smaller, after it.
  const call911 = alert.getByRole('link', { name: 'Call 911' });
  await expect(call911).toHaveAttribute('href', 'tel:911');
  const button = (await call911.boundingBox())!;
  expect(button.y + button.height).toBeLessThan(placed.viewport);
  const clinic = alert.getByRole('link', { name: /\(503\)/ });
  await expect(clinic).toHaveAttribute('href', clinicTel);
  expect((await clinic.boundingBox())!.y).toBeGreaterThan(button.y);
  await expect(alert).toContainText('Chest pain');
  await expect(page.getByRole('button', { name: 'Continue to review' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // Enter in a field does not get past it either.
  await page.getByLabel('Full name').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your details' })).toBeVisible();

  // Nor does the review step, reached by editing the URL.
  await page.goto(page.url().replace('step=details', 'step=review'));
  await expect(emergencyAlert(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirm booking' })).toHaveCount(0);

  // Unticking brings the normal path back.
  await page.goto(page.url().replace('step=review', 'step=details'));
  await page.getByRole('checkbox', { name: 'Chest pain' }).uncheck();
  await expect(emergencyAlert(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Continue to review' })).toBeVisible();
});

test('a see-a-doctor-today sign books after the acknowledgement; the practitioner sees the flag, the front desk does not', async ({
  page,
  as,
}) => {
  await chooseTherapyAndPractitioner(page, 'Chiropractic adjustment', 'Dr. Maya Okafor');
  await chooseDay(page, 5);
  await chooseTime(page, -2);
  const patient = { ...canaryPatient('Sid'), phone: '503 555 0142' };
  await fillDetails(page, patient);

  await page.getByRole('checkbox', { name: 'A history of cancer' }).check();
  const advice = page.getByRole('region', { name: TIER_GUIDANCE['see-doctor-today'].heading });
  await expect(advice).toBeVisible();
  await expect(advice).toContainText('A history of cancer');
  await expect(emergencyAlert(page)).toHaveCount(0);

  // Not without the acknowledgement: the message sits beside the box, which takes focus.
  await page.getByRole('button', { name: 'Continue to review' }).click();
  const ack = page.getByRole('checkbox', { name: /I understand I should see a doctor today/ });
  await expect(ack).toBeFocused();
  await expect(advice.getByText(/Please tick the box to confirm/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Your details' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await ack.check();
  await continueToReview(page);
  await expect(
    page.getByRole('region', { name: TIER_GUIDANCE['see-doctor-today'].heading }),
  ).toContainText('A history of cancer');
  await confirmBooking(page);

  // The confirmation page repeats the advice.
  const confirmation = page.getByRole('region', {
    name: TIER_GUIDANCE['see-doctor-today'].heading,
  });
  await expect(confirmation).toContainText('A history of cancer');
  await expect(confirmation).toContainText(TIER_GUIDANCE['see-doctor-today'].booking);
  expect(await axeViolations(page)).toEqual([]);

  // The appointment's id, from the calendar file's UID.
  const manageUrl = page.url().replace(/\?booked=1$/, '');
  const ics = await (await page.request.get(`${manageUrl}/calendar.ics`)).text();
  const id = /\r\nUID:([0-9a-f-]{36})@/.exec(ics)?.[1];
  expect(id).toBeTruthy();

  const maya = await as('maya');
  await maya.goto(`/dashboard/appointments/${id}`);
  const flag = maya.getByRole('note', { name: SCREENING_ACKNOWLEDGED });
  await expect(flag).toBeVisible();
  await expect(flag).toContainText('A history of cancer');

  const desk = await as('desk');
  const response = await desk.goto(`/dashboard/appointments/${id}`);
  expect(response?.status()).toBe(200);
  await expect(desk.getByRole('heading', { level: 1 })).toContainText(patient.name);
  await expect(desk.getByText(SCREENING_ACKNOWLEDGED)).toHaveCount(0);
  // Not merely hidden: the page the server sent does not hold the note, and the page's content
  // (the site footer lists every warning sign) does not name the sign.
  expect(await response!.text()).not.toContain(SCREENING_ACKNOWLEDGED);
  await expect(desk.getByRole('main')).not.toContainText('history of cancer');
});

import type { APIRequestContext, Locator, Page } from '@playwright/test';
import {
  addDays,
  bookOnlineAt,
  expect,
  letters,
  minuteOf,
  openSlots,
  practitionerId,
  scheduleCard,
  test,
  today,
} from './staff-journeys';
import { canaryPatient } from './canary';
import { axeViolations } from './a11y';

/**
 * The schedule as the front desk's working tool: drag to move (to another time, to another
 * practitioner), the same move by keyboard, a refused drag that snaps back with its reason, a click
 * on an empty time that books, quick check-in. Each test works on its own days far ahead, so
 * parallel tests and the seeded diary never take each other's times.
 */

test.use({ viewport: { width: 1366, height: 1500 } });

const SERVICE = 'chiropractic-adjustment';

/** A day from `from` on where every given practitioner has at least `n` open times. */
async function commonDay(
  request: APIRequestContext,
  ids: string[],
  from: string,
  n = 4,
): Promise<Record<string, string[]>> {
  for (let d = from, i = 0; i < 21; i++, d = addDays(d, 1)) {
    const slots = await Promise.all(ids.map((id) => openSlots(request, SERVICE, id, d, d)));
    if (slots.every((s) => s.length >= n))
      return Object.fromEntries(ids.map((id, k) => [id, slots[k]!]));
  }
  throw new Error(`no common day with openings from ${from}`);
}

/** Drags a card by the mouse, `minutes` later (or earlier), into the column `to`. */
async function drag(page: Page, from: Locator, to: Locator, minutes: number) {
  const a = (await from.boundingBox())!;
  const c = (await to.boundingBox())!;
  const x = a.x + a.width / 2;
  const y = a.y + 6;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 8, y + 8, { steps: 4 });
  await page.mouse.move(c.x + c.width / 2, y + minutes * 1.5, { steps: 12 });
  await page.mouse.up();
}

test('dragging an appointment moves it to a new time and to another practitioner, and the patient is e-mailed', async ({
  as,
  request,
}) => {
  const [maya, daniel] = await Promise.all([
    practitionerId(request, 'maya-okafor'),
    practitionerId(request, 'daniel-reyes'),
  ]);
  const open = await commonDay(request, [maya, daniel], addDays(today(), 20));
  const start = open[maya]![0]!;
  const day = start.slice(0, 10);
  const patient = canaryPatient(`Drag${letters()}`);
  await bookOnlineAt(request, SERVICE, maya, start, patient);
  const later = (await openSlots(request, SERVICE, maya, day, day)).find(
    (s) => minuteOf(s) >= minuteOf(start) + 60,
  )!;

  const page = await as('desk');
  await page.goto(`/dashboard/schedule?date=${day}`);
  const mayaColumn = page.getByTestId(`column-${maya}`);
  const before = (await scheduleCard(page, patient.name).boundingBox())!.y;
  await drag(page, scheduleCard(page, patient.name), mayaColumn, minuteOf(later) - minuteOf(start));
  const confirm = page.getByRole('dialog', { name: `Move ${patient.name}` });
  await expect(confirm).toBeVisible();
  await expect(
    confirm.getByText(`will be e-mailed the new time at ${patient.email}`),
  ).toBeVisible();
  await expect(confirm.getByLabel('Practitioner')).toHaveValue(maya);
  await confirm.getByRole('button', { name: 'Move appointment' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Moved ${patient.name}` })).toBeVisible();
  await expect.poll(async () => openSlots(request, SERVICE, maya, day, day)).toContain(start); // the old time is free again

  // The grid has been read again: the card sits at its new time.
  await expect
    .poll(async () => (await scheduleCard(page, patient.name).boundingBox())?.y)
    .not.toBe(before);
  // Then into Dr. Reyes's column at one of his open times.
  const danielTime = (await openSlots(request, SERVICE, daniel, day, day))[0]!;
  const danielColumn = page.getByTestId(`column-${daniel}`);
  await drag(
    page,
    scheduleCard(page, patient.name),
    danielColumn,
    minuteOf(danielTime) - minuteOf(later),
  );
  await expect(confirm.getByLabel('Practitioner')).toHaveValue(daniel);
  await expect(confirm.getByText(/\d [ap]m with Dr\. Daniel Reyes$/)).toBeVisible();
  await confirm.getByRole('button', { name: 'Move appointment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'with Dr. Daniel Reyes' })).toBeVisible();
  await expect(scheduleCard(danielColumn, patient.name)).toBeVisible();

  // The patient's e-mails, as the admin's Outbox shows them.
  const admin = await as('admin');
  await admin.goto(`/dashboard/outbox?to=${encodeURIComponent(patient.email)}`);
  await expect(admin.getByRole('heading', { name: /^Moved:/ })).toHaveCount(2);
});

test('a refused drag snaps back and says why: the time is taken, or the practitioner doesn’t offer the therapy', async ({
  as,
  request,
}) => {
  const [maya, priya] = await Promise.all([
    practitionerId(request, 'maya-okafor'),
    practitionerId(request, 'priya-nair'),
  ]);
  const open = await commonDay(request, [maya], addDays(today(), 28));
  const first = open[maya]![0]!;
  const day = first.slice(0, 10);
  const one = canaryPatient(`Held${letters()}`);
  const two = canaryPatient(`Mover${letters()}`);
  await bookOnlineAt(request, SERVICE, maya, first, one);
  const second = (await openSlots(request, SERVICE, maya, day, day)).find(
    (s) => minuteOf(s) >= minuteOf(first) + 60,
  )!;
  await bookOnlineAt(request, SERVICE, maya, second, two);

  const page = await as('desk');
  await page.goto(`/dashboard/schedule?date=${day}`);
  const mover = scheduleCard(page, two.name);
  const before = (await mover.boundingBox())!;
  await drag(page, mover, page.getByTestId(`column-${maya}`), minuteOf(first) - minuteOf(second));
  const refusal = page.getByRole('alert').filter({ hasText: 'was not moved' });
  await expect(refusal).toContainText(`${two.name} was not moved. That time is taken: ${one.name}`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(async () => (await mover.boundingBox())?.y).toBe(before.y);

  await drag(page, mover, page.getByTestId(`column-${priya}`), 0);
  await expect(refusal).toContainText('Priya Nair does not offer Chiropractic adjustment.');
});

test('the same move by keyboard: open the card, Move…, pick a time', async ({ as, request }) => {
  const maya = await practitionerId(request, 'maya-okafor');
  const open = await commonDay(request, [maya], addDays(today(), 36));
  const start = open[maya]![0]!;
  const day = start.slice(0, 10);
  const patient = canaryPatient(`Keys${letters()}`);
  await bookOnlineAt(request, SERVICE, maya, start, patient);
  const later = (await openSlots(request, SERVICE, maya, day, day)).find(
    (s) => minuteOf(s) >= minuteOf(start) + 60,
  )!;

  const page = await as('desk');
  await page.goto(`/dashboard/schedule?date=${day}`);
  await scheduleCard(page, patient.name).focus();
  await page.keyboard.press('Enter');
  const actions = page.getByRole('dialog', { name: patient.name });
  await expect(actions.getByText('Check-in opens on the day of the appointment.')).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Check in' })).toHaveCount(0);
  await actions.getByRole('button', { name: 'Move…' }).press('Enter');
  const move = page.getByRole('dialog', { name: `Move ${patient.name}` });
  await expect(move.getByLabel('Time'))
    .toBeFocused({ timeout: 1 })
    .catch(() => undefined);
  await move.getByLabel('Time').selectOption(String(minuteOf(later)));
  await move.getByRole('button', { name: 'Move appointment' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Moved ${patient.name}` })).toBeVisible();
  await expect.poll(async () => openSlots(request, SERVICE, maya, day, day)).toContain(start);
});

test('clicking an empty time books it for a new patient, who is then found by an unformatted phone number', async ({
  as,
  request,
}) => {
  const daniel = await practitionerId(request, 'daniel-reyes');
  const open = await commonDay(request, [daniel], addDays(today(), 44));
  const slot = open[daniel]![1]!;
  const day = slot.slice(0, 10);
  const patient = canaryPatient(`Clicked${letters()}`);
  const digits = `503555${String(Math.floor(1000 + Math.random() * 8999))}`;

  const page = await as('desk');
  await page.goto(`/dashboard/schedule?date=${day}`);
  const column = page.getByTestId(`column-${daniel}`);
  const box = (await column.boundingBox())!;
  const startMin = Number(await column.getAttribute('data-start-min'));
  await page.mouse.click(box.x + box.width / 2, box.y + (minuteOf(slot) - startMin) * 1.5 + 2);
  const panel = page.getByRole('dialog', { name: 'New appointment' });
  await expect(panel.getByLabel('Practitioner')).toHaveValue(daniel);
  await expect(panel.getByLabel('Time')).toHaveValue(String(minuteOf(slot)));
  await expect(panel.getByLabel('Date')).toHaveValue(day);
  await panel.getByLabel('Therapy').selectOption(SERVICE);
  await panel.getByRole('button', { name: 'Add a new patient' }).click();
  await panel.getByLabel('Full name').fill(patient.name);
  await panel
    .getByLabel('Phone')
    .fill(`(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`);
  await panel.getByLabel('E-mail (optional)').fill(patient.email);
  await panel.getByLabel('Notes for the visit').fill('Asked for an early slot.');
  await panel.getByRole('button', { name: 'Book appointment' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Booked ${patient.name}` }),
  ).toBeVisible();
  await expect(scheduleCard(page, patient.name)).toBeVisible();
  expect(await openSlots(request, SERVICE, daniel, day, day)).not.toContain(slot);

  // Search as you type by the number without any formatting.
  await page.getByRole('button', { name: /^New appointment with Dr\. Daniel Reyes/ }).click();
  await panel.getByLabel('Patient: name, e-mail or phone').fill(digits);
  await expect(panel.getByRole('button', { name: `Choose ${patient.name}` })).toBeVisible();
});

test('a time that isn’t open explains why in the panel, before and after pressing Book', async ({
  as,
  request,
}) => {
  const daniel = await practitionerId(request, 'daniel-reyes');
  const open = await commonDay(request, [daniel], addDays(today(), 50), 2);
  const day = open[daniel]![0]!.slice(0, 10);
  const page = await as('desk');
  await page.goto(`/dashboard/schedule?date=${day}`);
  await page.getByRole('button', { name: /^New appointment with Dr\. Daniel Reyes/ }).click();
  const panel = page.getByRole('dialog', { name: 'New appointment' });
  // The last start the grid offers leaves no room for a visit before his day ends.
  const times = panel.getByLabel('Time').locator('option');
  await panel.getByLabel('Time').selectOption((await times.last().getAttribute('value'))!);
  await panel.getByRole('button', { name: 'Add a new patient' }).click();
  await panel.getByLabel('Full name').fill(canaryPatient(`Late${letters()}`).name);
  await panel.getByLabel('Phone').fill('503 555 0142');
  await expect(panel.getByText(/outside Dr\. Daniel Reyes’s working hours/)).toBeVisible();
  await panel.getByRole('button', { name: 'Book appointment' }).click();
  await expect(
    panel.getByRole('status').filter({ hasText: 'That time is outside working hours.' }),
  ).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Next open times' })).toBeVisible();
});

test('axe finds no violation of any impact on the schedule, its panels and its views', async ({
  as,
  request,
}) => {
  const maya = await practitionerId(request, 'maya-okafor');
  const open = await commonDay(request, [maya], addDays(today(), 8), 1);
  const day = open[maya]![0]!.slice(0, 10);
  const page = await as('desk');
  await page.goto(`/dashboard/schedule?date=${day}`);
  await expect(page.getByRole('region', { name: 'Day schedule by practitioner' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page
    .getByRole('button', { name: /Actions$/ })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Book again' }).click();
  await expect(page.getByRole('dialog', { name: 'New appointment' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByText('Key', { exact: true }).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`/dashboard/schedule?view=week&date=${day}`);
  await expect(
    page.getByRole('region', { name: 'Week schedule of every practitioner' }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`/dashboard/schedule?view=list&date=${day}`);
  expect(await axeViolations(page)).toEqual([]);
});

test('a call-back is booked from the inbox: Book this caller opens the panel with their details, and the request links to the booking', async ({
  as,
  browser,
  request,
}) => {
  const visitor = await (
    await browser.newContext({
      extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${Math.floor(Math.random() * 250)}` },
    })
  ).newPage();
  const caller = canaryPatient(`Caller${letters()}`);
  await visitor.goto('/contact');
  const form = visitor.locator('#call-back');
  await form.getByLabel('Your name').fill(caller.name);
  await form.getByLabel(/^Phone/).fill('503.555.0166');
  await form.getByLabel(/^E-mail/).fill(caller.email);
  await form.getByLabel(/I agree that the clinic stores these details/).check();
  await visitor.waitForTimeout(3_500); // the form refuses instant submissions (bots)
  await form.getByRole('button', { name: 'Request a call back' }).click();
  await expect(form.getByText('Thank you, we have your request.')).toBeVisible();

  const daniel = await practitionerId(request, 'daniel-reyes');
  const open = await commonDay(request, [daniel], addDays(today(), 15), 2);
  const slot = open[daniel]![0]!;

  const page = await as('desk');
  await page.goto('/dashboard');
  await expect(page.getByRole('link', { name: /new call-back request/ })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Staff' })
    .getByRole('link', { name: /^Messages \d+ new$/ })
    .click();
  const item = page.getByRole('article', { name: caller.name });
  await item.getByRole('link', { name: 'Book this caller' }).click();
  const panel = page.getByRole('dialog', { name: 'New appointment' });
  await expect(
    panel.getByText(`Booking for ${caller.name}, who asked to be called back.`),
  ).toBeVisible();
  // Searched by their number at once: not on file, so they are added with their details.
  await expect(panel.getByLabel('Patient: name, e-mail or phone')).toHaveValue('(503) 555-0166');
  await panel.getByRole('button', { name: `Add ${caller.name} as a new patient` }).click();
  await expect(panel.getByLabel('Full name')).toHaveValue(caller.name);
  await expect(panel.getByLabel('E-mail (optional)')).toHaveValue(caller.email);
  await panel.getByLabel('Date').fill(slot.slice(0, 10));
  await panel.getByLabel('Practitioner').selectOption(daniel);
  await panel.getByLabel('Time').selectOption(String(minuteOf(slot)));
  await panel.getByLabel('Therapy').selectOption(SERVICE);
  await panel.getByRole('button', { name: 'Book appointment' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Booked ${caller.name}` })).toBeVisible();

  await page.goto('/dashboard/messages?status=done');
  const done = page.getByRole('article', { name: caller.name });
  await expect(done.getByText(/Sam Patel set it to booked\./)).toBeVisible();
  await done.getByRole('link', { name: 'Open the booking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: caller.name })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the patient record and the audit log read well, and axe finds nothing on them', async ({
  as,
  request,
}) => {
  const maya = await practitionerId(request, 'maya-okafor');
  const open = await commonDay(request, [maya], addDays(today(), 24), 1);
  const patient = canaryPatient(`Record${letters()}`);
  const appt = await bookOnlineAt(request, SERVICE, maya, open[maya]![0]!, patient);

  const desk = await as('desk');
  await desk.goto('/dashboard/patients');
  await desk.getByLabel('Search patients').fill(patient.name.split(' ')[0]!);
  await expect(desk.getByRole('link', { name: patient.name })).toBeVisible();
  await desk.getByRole('link', { name: patient.name }).click();
  await expect(desk.getByRole('heading', { level: 1, name: patient.name })).toBeVisible();
  await expect(desk.getByText('No visit yet')).toBeVisible();
  await expect(
    desk
      .getByRole('link', { name: /^Book again: Chiropractic adjustment with Dr\. Maya Okafor/ })
      .first(),
  ).toHaveAttribute('href', new RegExp(`service=${SERVICE}&practitioner=${maya}`));
  await expect(desk.getByRole('link', { name: /\d{1,2}:\d\d [ap]m/ }).first()).toHaveAttribute(
    'href',
    `/dashboard/appointments/${appt.id}`,
  );
  expect(await axeViolations(desk)).toEqual([]);

  const admin = await as('admin');
  await admin.goto('/dashboard/audit');
  expect(await axeViolations(admin)).toEqual([]);
});

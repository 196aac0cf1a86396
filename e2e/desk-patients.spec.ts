import { canaryPatient } from './canary';
import {
  addDays,
  bookOnlineAt,
  dayWithOpenings,
  expect,
  letters,
  openSlots,
  practitionerId,
  test,
  today,
} from './staff-journeys';
import { axeViolations } from './a11y';

/**
 * The front desk's patient records: a caller with a phone number only, booked at the desk (and
 * told plainly that no e-mail will be sent), a patient's details corrected, and the admin
 * closing the clinic for a day. Each test uses its own practitioner and days.
 */

test('the front desk books a patient who has only a phone number, and is told no e-mail will be sent', async ({
  as,
  request,
}) => {
  const page = await as('desk');
  const { name } = canaryPatient(`Phoneonly${letters()}`);
  await page.goto('/dashboard/appointments/new');
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Phone', { exact: true }).fill('503 555 0166');
  // The e-mail is left empty on purpose.
  await page.getByRole('button', { name: 'Add patient and continue' }).click();
  await expect(page).toHaveURL(/patient=/);
  await expect(page.getByText('No e-mail will be sent')).toBeVisible();
  await expect(page.getByText('No e-mail ·')).toBeVisible();

  await page
    .getByLabel('Therapy', { exact: true })
    .selectOption({ label: 'Chiropractic adjustment (30 min)' });
  await page.getByLabel('Practitioner', { exact: true }).selectOption({ label: 'Dr. Maya Okafor' });
  await page.getByRole('button', { name: 'Show open times' }).click();
  const maya = await practitionerId(request, 'maya-okafor');
  const day = await dayWithOpenings(request, 'chiropractic-adjustment', maya, addDays(today(), 16));
  await page.goto(`${page.url()}&date=${day}`);
  await page.locator('#times').getByRole('link').first().click();
  await page.getByRole('button', { name: 'Book appointment' }).click();

  await expect(page).toHaveURL(/\/dashboard\/appointments\/[0-9a-f-]{36}\?booked=1/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Appointment booked.')).toBeVisible();
  await expect(page.getByText('No e-mail on file')).toBeVisible();
  await expect(page.getByText(/No e-mails are sent about this appointment/)).toBeVisible();
  await expect(page.getByRole('link', { name: '(503) 555-0166' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the front desk corrects a patient’s details, and the record and the booking show them', async ({
  as,
  request,
}) => {
  // Booked online with a typo in the name and an old phone number.
  const corrected = canaryPatient(`Jonathan${letters()}`);
  const priya = await practitionerId(request, 'priya-nair');
  const [start] = await openSlots(
    request,
    'myofascial-release',
    priya,
    addDays(today(), 18),
    addDays(today(), 30),
  );
  if (!start) throw new Error('no open time for Priya');
  const booked = await bookOnlineAt(request, 'myofascial-release', priya, start, {
    name: corrected.name.replace('Jonathan', 'Jonathna'),
    email: corrected.email,
  });

  const page = await as('desk');
  await page.goto(`/dashboard/appointments/${booked.id}`);
  await page.getByRole('link', { name: 'Patient record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: booked.name })).toBeVisible();
  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Edit details' });
  await form.getByLabel('Full name').fill(corrected.name);
  await form.getByLabel('Phone').fill('(503) 555-0123');
  await form.getByLabel('Date of birth').fill('1984-07-09');
  // A mistake first: the field says what is wrong, and nothing typed is lost.
  await form.getByLabel('E-mail').fill('not-an-address');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form.getByText('Enter an e-mail address like name@example.com.')).toBeVisible();
  await expect(form.getByLabel('Full name')).toHaveValue(corrected.name);
  await form.getByLabel('E-mail').fill(corrected.email);
  await form.getByRole('button', { name: 'Save details' }).click();

  await expect(page.getByText('Saved: name, phone, date of birth updated.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: corrected.name })).toBeVisible();
  await expect(page.getByText('Monday, July 9, 1984')).toBeVisible();
  await expect(page.getByRole('link', { name: '(503) 555-0123' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The booking greets the corrected name too (it was typed with the typo).
  await page.goto(`/dashboard/appointments/${booked.id}`);
  await expect(page.getByRole('heading', { level: 1, name: corrected.name })).toBeVisible();
  await expect(page.getByText('Booked as')).toHaveCount(0);
});

test('an admin closes the clinic for a day: patients see the reason, nobody can book it, and it reopens', async ({
  as,
  request,
}) => {
  // Far ahead (other journeys book within the next five weeks), on a day someone works.
  const daniel = await practitionerId(request, 'daniel-reyes');
  const day = await dayWithOpenings(
    request,
    'chiropractic-adjustment',
    daniel,
    addDays(today(), 50),
  );
  const reason = `Closed for a staff retreat ${letters()}`;
  const page = await as('admin');
  await page.goto('/dashboard/closures');
  await page.getByLabel('What to close').selectOption({ label: 'One whole day' });
  await page.getByLabel('Day', { exact: true }).fill(day);
  await page.getByLabel('Reason shown to patients').fill(reason);
  await page.getByRole('button', { name: 'Close the clinic' }).click();
  await expect(page.getByText('Closed. Nobody can book that time now.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: reason })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const api = await request.get(
    `/api/v1/availability?service=chiropractic-adjustment&from=${day}&to=${day}`,
  );
  const view = (await api.json()) as { slots: unknown[]; closures: Array<{ reason: string }> };
  expect(view.slots).toEqual([]);
  expect(view.closures.map((c) => c.reason)).toEqual([reason]);

  const patient = await page.context().browser()!.newPage();
  await patient.goto(`/book?service=chiropractic-adjustment&practitioner=any&date=${day}#times`);
  await expect(patient.getByText('The clinic is closed')).toBeVisible();
  await expect(patient.getByText(reason)).toBeVisible();
  await patient.close();

  const item = page.getByRole('listitem').filter({ hasText: reason });
  await item.getByRole('button', { name: /^Remove / }).click();
  await item.getByRole('button', { name: /^Confirm: remove/ }).click();
  await expect(page.getByText(reason)).toHaveCount(0);
  const reopened = await openSlots(request, 'chiropractic-adjustment', daniel, day, day);
  expect(reopened.length).toBeGreaterThan(0);
});

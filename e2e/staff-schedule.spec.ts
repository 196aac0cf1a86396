import {
  addDays,
  bookOnline,
  bookOnlineAt,
  dayWithOpenings,
  expect,
  letters,
  LOGIN,
  localInput,
  openSlots,
  practitionerId,
  signIn,
  test,
  today,
  weekday,
} from './staff-journeys';
import { canaryPatient } from './canary';
import { demoPractitioners } from '../db/seed/clinic-data';
import { axeViolations } from './a11y';

/**
 * The front desk's and practitioners' day: schedule, check-in, reschedule, phone booking and time
 * off, on the seeded clinic. Seeded appointments are relative to "now" and this runs at any hour,
 * so every test books its own appointment on a future day where the practitioner works, on its
 * own practitioner and dates, so parallel tests never take each other's times.
 */

test('the front desk sees today’s schedule: every practitioner’s column, in clinic time', async ({
  as,
}) => {
  const page = await as('desk');
  // Midday in the clinic in the browser, whenever this runs, so the now-line is inside the grid.
  await page.clock.setFixedTime(new Date(`${today()}T20:00:00Z`));
  await page.goto('/dashboard/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await expect(page.getByText('· today')).toBeVisible();
  await expect(
    page.getByText(/Times in Pacific Time \((PST|PDT), America\/Los_Angeles\)/),
  ).toBeVisible();
  const grid = page.getByRole('region', { name: 'Day schedule by practitioner' });
  for (const p of demoPractitioners)
    await expect(grid.getByRole('heading', { name: p.name })).toBeVisible();
  await expect(grid.getByTestId('now-line').first()).toBeVisible();
  // The seeded diary has visits on every day someone works (no one works on Sundays).
  if (demoPractitioners.some((p) => p.hours.some(([d]) => d === weekday(today())))) {
    await expect(grid.getByRole('link').first()).toBeVisible();
  }
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'List', exact: true }).click();
  await expect(page).toHaveURL(/view=list/);
  await page.getByRole('link', { name: 'Next day' }).click();
  await expect(page).toHaveURL(new RegExp(`date=${addDays(today(), 1)}`));
  await page.getByLabel('Go to date').fill(addDays(today(), 7));
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`view=list&date=${addDays(today(), 7)}`));
});

test('a practitioner sees only their own column and their own week', async ({ as }) => {
  const page = await as('maya');
  await page.goto('/dashboard/schedule');
  const grid = page.getByRole('region', { name: 'Day schedule by practitioner' });
  await expect(grid.getByRole('heading', { name: 'Dr. Maya Okafor' })).toBeVisible();
  await expect(grid.getByRole('heading', { name: 'Dr. Daniel Reyes' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Week' }).click();
  await expect(
    page.getByRole('region', { name: 'Week schedule of Dr. Maya Okafor' }),
  ).toBeVisible();
  await expect(page.getByLabel('Practitioner')).toHaveCount(0);
});

test('check-in is offered only on the appointment’s own day, and a mistaken one is undone the same day', async ({
  as,
  request,
}) => {
  // A booking days ahead: in the day list and on its page, nothing offers to check it in yet.
  const future = await bookOnline(
    request,
    'daniel-reyes',
    addDays(today(), 3),
    addDays(today(), 12),
  );
  const page = await as('desk');
  await page.goto(`/dashboard/schedule?view=list&date=${future.start.slice(0, 10)}`);
  const futureRow = page.getByRole('row').filter({ hasText: future.name });
  await expect(futureRow.getByText('Booked', { exact: true })).toBeVisible();
  await expect(futureRow.getByRole('button', { name: /Check in/ })).toHaveCount(0);
  await futureRow.getByRole('link', { name: future.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: future.name })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirm' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check in' })).toHaveCount(0);
  // Front desk: contact details yes, intake answers and the patient's notes no.
  await expect(
    page.getByText('+1 503-555-0188').or(page.getByText('(503) 555-0188')),
  ).toBeVisible();
  await expect(page.getByText('Tight lower back')).toHaveCount(0);
  await expect(page.getByText('Intake answers and clinical notes are shown only')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Later today, when the clinic still has an open time: check in from the list, then undo.
  const daniel = await practitionerId(request, 'daniel-reyes');
  const [later] = await openSlots(request, 'chiropractic-adjustment', daniel, today(), today());
  if (!later) return; // after hours there is nothing left today to check in
  const appt = await bookOnlineAt(request, 'chiropractic-adjustment', daniel, later);
  await page.goto(`/dashboard/schedule?view=list&date=${today()}`);
  const row = page.getByRole('row').filter({ hasText: appt.name });
  await row.getByRole('button', { name: `Check in ${appt.name}` }).click();
  await expect(row.getByText('Checked in')).toBeFocused();
  await expect(row.getByText('Arrived', { exact: true })).toBeVisible();
  await row.getByRole('link', { name: appt.name }).click();
  await page.getByRole('button', { name: 'Undo check-in…' }).click();
  await page.getByLabel('Why undo it?').selectOption({ label: 'Pressed on the wrong appointment' });
  await page.getByRole('button', { name: 'Undo check-in', exact: true }).click();
  await expect(page.getByText('Undone: it is confirmed again.')).toBeVisible();
});

test('the front desk reschedules an appointment to another open time', async ({ as, request }) => {
  const appt = await bookOnline(request, 'maya-okafor', addDays(today(), 3), addDays(today(), 12));
  const page = await as('desk');
  await page.goto(`/dashboard/appointments/${appt.id}`);
  await page.getByRole('link', { name: 'Reschedule' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Reschedule ${appt.name}` }),
  ).toBeVisible();

  // Another day with open times, at least a week after the booking.
  const target = await dayWithOpenings(
    request,
    'chiropractic-adjustment',
    appt.practitioner,
    addDays(appt.start.slice(0, 10), 7),
  );
  await page.goto(`/dashboard/appointments/${appt.id}/reschedule?date=${target}`);
  const time = page.locator('#times').getByRole('link').first();
  const label = (await time.innerText()).trim();
  await time.click();
  await expect(page).toHaveURL(/start=/);
  await page.getByRole('button', { name: 'Move appointment' }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/appointments/${appt.id}\\?moved=1`));
  await expect(page.getByRole('status').filter({ hasText: `at ${label}` })).toBeVisible();

  const moved = await openSlots(
    request,
    'chiropractic-adjustment',
    appt.practitioner,
    appt.start.slice(0, 10),
    appt.start.slice(0, 10),
  );
  expect(moved).toContain(appt.start); // the old time is free again
});

test('the front desk books a patient on the phone, and a lost race keeps every choice', async ({
  as,
  request,
}) => {
  const page = await as('desk');
  const caller = canaryPatient(`Phoebe${letters()}`);
  const name = caller.name;
  await page.goto('/dashboard/schedule');
  await page.getByRole('link', { name: 'New appointment' }).click();
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel(/^E-mail/).fill(caller.email);
  await page.getByLabel('Phone', { exact: true }).fill('503 555 0177');
  await page.getByRole('button', { name: 'Add patient and continue' }).click();
  await expect(page).toHaveURL(/patient=/);
  await expect(page.getByText(name)).toBeVisible();

  await page
    .getByLabel('Therapy', { exact: true })
    .selectOption({ label: 'Myofascial release (45 min)' });
  await page.getByLabel('Practitioner', { exact: true }).selectOption({ label: 'Priya Nair' });
  await page.getByRole('button', { name: 'Show open times' }).click();
  await expect(page).toHaveURL(/service=myofascial-release/);
  // A day over a week out (the seeded diary is fullest in the coming days) with open times.
  const priya = await practitionerId(request, 'priya-nair');
  const day = await dayWithOpenings(request, 'myofascial-release', priya, addDays(today(), 8));
  await page.goto(`${page.url()}&date=${day}`);
  await page.locator('#times').getByRole('link').first().click();
  await expect(page).toHaveURL(/start=/);

  // A patient books that very time online while the caller is still deciding.
  const start = new URL(page.url()).searchParams.get('start')!;
  await bookOnlineAt(request, 'myofascial-release', priya, start);
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'That time was taken a moment ago' }),
  ).toBeVisible();
  const alternatives = page.getByRole('list', { name: 'Next open times' }).getByRole('button');
  await expect(alternatives.first()).toBeVisible();
  await alternatives.first().click();
  await expect(page).toHaveURL(/\/dashboard\/appointments\/[0-9a-f-]{36}\?booked=1/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Appointment booked.')).toBeVisible();
  await expect(page.getByText('By staff')).toBeVisible();
});

test('blocking an hour takes it out of the public availability at once', async ({
  as,
  request,
}) => {
  const daniel = await practitionerId(request, 'daniel-reyes');
  const page = await as('admin');
  // Far enough out that the check-in test's booking (days 3–12) can't land inside the block.
  let day = '';
  let start: string | undefined;
  for (let offset = 14; offset < 28 && !start; offset++) {
    day = addDays(today(), offset);
    const slots = await openSlots(request, 'chiropractic-adjustment', daniel, day, day);
    // Two back-to-back 30-minute openings: the whole hour holds no appointment.
    start = slots.find((s) => slots.some((t) => Date.parse(t) === Date.parse(s) + 30 * 60_000));
  }
  if (!start) throw new Error('no free hour for Daniel in two weeks');
  const end = new Date(Date.parse(start) + 60 * 60_000).toISOString();

  await page.goto('/dashboard/schedule');
  await page.getByRole('link', { name: 'Block time' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Time off and blocked time' }),
  ).toBeVisible();
  await page
    .getByLabel('Practitioner', { exact: true })
    .selectOption({ label: 'Dr. Daniel Reyes' });
  await page.getByLabel('From').fill(localInput(start));
  await page.getByLabel('Until').fill(localInput(end));
  await page.getByLabel('Reason').fill('Team training');
  await page.getByRole('button', { name: 'Block this time' }).click();
  await expect(page.getByText('Time blocked. Patients can no longer book it.')).toBeVisible();

  const during = await openSlots(request, 'chiropractic-adjustment', daniel, day, day);
  for (const offset of [0, 15, 30])
    expect(during.map(Date.parse)).not.toContain(Date.parse(start) + offset * 60_000);

  await page.goto(`/dashboard/schedule?date=${day}`);
  await expect(
    page
      .getByRole('region', { name: 'Day schedule by practitioner' })
      .getByText('Team training', { exact: false }),
  ).toBeVisible();

  await page.goto('/dashboard/schedule/time-off');
  const item = page
    .getByRole('listitem')
    .filter({ hasText: 'Team training' })
    .filter({ hasText: 'Dr. Daniel Reyes' });
  await item.getByRole('button', { name: /^Remove time off/ }).click();
  await item.getByRole('button', { name: /^Confirm: remove/ }).click();
  await expect(page.getByText('Team training')).toHaveCount(0);
  const after = await openSlots(request, 'chiropractic-adjustment', daniel, day, day);
  expect(after.map(Date.parse)).toContain(Date.parse(start));
});

test('staff sign out, and the schedule is closed to them afterwards', async ({ page }) => {
  // Its own sign-in: signing out revokes the session, which the shared ones must keep.
  await signIn(page, LOGIN.desk);
  await page.goto('/dashboard/schedule');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/dashboard/schedule');
  await expect(page).toHaveURL(/\/sign-in/);
});

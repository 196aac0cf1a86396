import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { demoPractitioners } from '../db/seed/clinic-data';
import { ownClientAddress } from './api-booking';
import { canaryPatient } from './canary';
import {
  addDays,
  bookOnlineAt,
  expect,
  letters,
  openSlots,
  practitionerId,
  scheduleCard,
  test,
  today,
  TZ,
  weekday,
} from './staff-journeys';
import { axeViolations } from './a11y';

/**
 * The front desk's day on the schedule: check-in from a card's quick actions (today only), the
 * screening flag for clinical staff only, the team week on a laptop without sideways scrolling,
 * and one format for dates and times across the dashboard.
 */

test.use({ viewport: { width: 1366, height: 768 } });

const SERVICE = 'chiropractic-adjustment';

/** Minutes after midnight now, in the clinic. */
function clinicMinuteNow(): number {
  const [h, m] = new Intl.DateTimeFormat('en-GB', {
    timeZone: TZ,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date())
    .split(':')
    .map(Number);
  return h! * 60 + m!;
}

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * Dr. Reyes's hours today, stretched to 23:55 when fewer than 45 minutes of them are left (on his
 * days off, or late in the day): an interval after his last one, which the returned function
 * removes again.
 */
async function hoursLeftToday(admin: Page, daniel: string): Promise<() => Promise<void>> {
  const seeded = demoPractitioners.find((p) => p.slug === 'daniel-reyes')!;
  const ends = seeded.hours
    .filter(([d]) => d === weekday(today()))
    .map(([, , end]) => Number(end.slice(0, 2)) * 60 + Number(end.slice(3, 5)));
  const end = Math.max(0, ...ends);
  if (end >= clinicMinuteNow() + 45) return async () => {};
  await admin.goto(`/dashboard/clinic/practitioners/${daniel}`);
  const form = admin.getByRole('region', { name: 'Weekly working hours' });
  const intervals = form.getByRole('group', { name: /^Interval \d+$/ });
  const n = (await intervals.count()) + 1;
  await form.getByRole('button', { name: 'Add interval' }).click();
  const added = form.getByRole('group', { name: `Interval ${n}` });
  await added.getByLabel('Day').selectOption(String(weekday(today())));
  await added.getByLabel('From').fill(hhmm(end));
  await added.getByLabel('To').fill('23:55');
  await form.getByRole('button', { name: 'Save hours' }).click();
  await expect(form.getByText('Hours saved.')).toBeVisible();
  return async () => {
    await admin.goto(`/dashboard/clinic/practitioners/${daniel}`);
    await form.getByRole('button', { name: `Remove interval ${n}` }).click();
    await form.getByRole('button', { name: 'Save hours' }).click();
    await expect(form.getByText('Hours saved.')).toBeVisible();
  };
}

test('Check in from a card’s quick actions checks in today’s patient; a later day’s card offers no check-in', async ({
  as,
  request,
}) => {
  const daniel = await practitionerId(request, 'daniel-reyes');
  const admin = await as('admin');
  const restore = await hoursLeftToday(admin, daniel);
  try {
    const patient = canaryPatient(`Arrive${letters()}`);
    const page = await as('desk');
    await page.goto(`/dashboard/schedule?date=${today()}`);
    await page.getByRole('button', { name: /^New appointment with Dr\. Daniel Reyes/ }).click();
    const panel = page.getByRole('dialog', { name: 'New appointment' });
    await panel.getByLabel('Therapy').selectOption(SERVICE);
    await panel.getByRole('button', { name: 'Add a new patient' }).click();
    await panel.getByLabel('Full name').fill(patient.name);
    await panel.getByLabel('Phone').fill('503 555 0143');
    // The first time still to come today that the grid shows as open.
    const time = panel.getByLabel('Time');
    const minutes = (await time
      .locator('option')
      .evaluateAll((os) => os.map((o) => Number((o as HTMLOptionElement).value)))) as number[];
    const warning = panel.locator('p.bg-clay-50');
    let chosen: number | null = null;
    for (const m of minutes.filter((m) => m > clinicMinuteNow() + 5)) {
      await time.selectOption(String(m));
      if ((await warning.count()) === 0) {
        chosen = m;
        break;
      }
    }
    expect(chosen, 'an open time left today').not.toBeNull();
    await panel.getByRole('button', { name: 'Book appointment' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Booked ${patient.name}` }),
    ).toBeVisible();

    await scheduleCard(page, patient.name).click();
    const actions = page.getByRole('dialog', { name: patient.name });
    await actions.getByRole('button', { name: 'Check in' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Checked in ${patient.name}.` }),
    ).toBeVisible();
    await expect(scheduleCard(page, patient.name)).toHaveAccessibleName(/, Arrived, /);
  } finally {
    await restore();
  }

  // A later day: the card's actions have no check-in, and say when it opens.
  const maya = await practitionerId(request, 'maya-okafor');
  const [later] = await openSlots(
    request,
    SERVICE,
    maya,
    addDays(today(), 9),
    addDays(today(), 16),
  );
  const future = await bookOnlineAt(request, SERVICE, maya, later!);
  const page = await as('desk');
  await page.goto(`/dashboard/schedule?date=${future.start.slice(0, 10)}`);
  await scheduleCard(page, future.name).click();
  const actions = page.getByRole('dialog', { name: future.name });
  await expect(actions.getByText('Check-in opens on the day of the appointment.')).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Check in' })).toHaveCount(0);
});

/** Books online with a see-a-doctor-today warning sign (fever) ticked and acknowledged. */
async function bookWithScreening(request: APIRequestContext, practitioner: string, start: string) {
  const patient = canaryPatient(`Flagged${letters()}`);
  const res = await request.post('/api/v1/bookings', {
    headers: {
      'Idempotency-Key': randomUUID(),
      Origin: new URL(test.info().project.use.baseURL ?? '').origin,
      ...ownClientAddress(),
    },
    data: {
      service: SERVICE,
      practitioner,
      start,
      patient: {
        name: patient.name,
        email: patient.email,
        phone: '+1 503-555-0188',
        patientType: 'returning',
        reason: 'Back pain and a temperature.',
        consent: true,
        intake: {
          painAreas: ['lower_back'],
          painDuration: '2_to_6_weeks',
          legPain: 'no',
          redFlags: ['fever'],
          screeningAcknowledged: true,
        },
      },
    },
  });
  expect(res.status()).toBe(201);
  return patient;
}

test('the screening flag shows on schedule cards for the treating practitioner and admins, and never reaches the front desk', async ({
  as,
  request,
}) => {
  const maya = await practitionerId(request, 'maya-okafor');
  const [start] = await openSlots(
    request,
    SERVICE,
    maya,
    addDays(today(), 30),
    addDays(today(), 40),
  );
  const patient = await bookWithScreening(request, maya, start!);
  const day = start!.slice(0, 10);
  const url = `/dashboard/schedule?date=${day}`;

  for (const role of ['admin', 'maya'] as const) {
    const page = await as(role);
    await page.goto(url);
    await expect(scheduleCard(page, patient.name)).toHaveAccessibleName(
      /screening: see-a-doctor-today acknowledged\. Actions$/,
    );
    await expect(
      scheduleCard(page, patient.name).getByText('Screening', { exact: true }),
    ).toBeVisible();
  }

  const desk = await as('desk');
  const response = await desk.goto(url);
  await expect(scheduleCard(desk, patient.name)).toBeVisible();
  // Not hidden in the browser: absent from the page's HTML and its server-component payload.
  const html = await response!.text();
  expect(html).toContain(patient.name);
  expect(html).not.toMatch(/see-a-doctor-today|Screening/);
  await expect(scheduleCard(desk, patient.name)).not.toHaveAccessibleName(/screening/);
  await desk.goto(`/dashboard/schedule?view=list&date=${day}`);
  await expect(desk.getByText(patient.name).first()).toBeVisible();
  expect(await desk.content()).not.toMatch(/see-a-doctor-today/);
});

test('the team week fits a 1366 px laptop without sideways scrolling, and axe finds nothing on it or one practitioner’s week', async ({
  as,
  request,
}) => {
  const maya = await practitionerId(request, 'maya-okafor');
  const page = await as('desk');
  await page.goto(`/dashboard/schedule?view=week&date=${addDays(today(), 7)}`);
  const grid = page.getByRole('region', { name: 'Week schedule of every practitioner' });
  await expect(grid).toBeVisible();
  const overflow = await grid.evaluate((el) => ({
    grid: el.scrollWidth - el.clientWidth,
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  expect(overflow).toEqual({ grid: 0, page: 0 });
  // 21 columns: each practitioner's initials, the full name for screen readers.
  await expect(grid.getByRole('heading', { name: /^MO Dr\. Maya Okafor, / })).toHaveCount(7);
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(`/dashboard/schedule?view=week&practitioner=${maya}&date=${addDays(today(), 7)}`);
  await expect(
    page.getByRole('region', { name: 'Week schedule of Dr. Maya Okafor' }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('dates and times read the same on the overview, the outbox, the patient list and the audit log', async ({
  as,
  request,
}) => {
  const maya = await practitionerId(request, 'maya-okafor');
  const [start] = await openSlots(
    request,
    SERVICE,
    maya,
    addDays(today(), 10),
    addDays(today(), 20),
  );
  const patient = canaryPatient(`Dates${letters()}`);
  const booked = await bookOnlineAt(request, SERVICE, maya, start!, patient);
  // "Monday, November 23, 2026 at 9:00 am": the schedule's and the patient record's format.
  const dateTime = /[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d [ap]m/;

  const admin = await as('admin');
  await admin.goto('/dashboard');
  await expect(admin.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(admin.getByText(/^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4} ·/)).toBeVisible();
  await admin.goto(`/dashboard/outbox?to=${encodeURIComponent(patient.email)}`);
  await expect(admin.getByRole('heading', { name: /^Booked:/ }).first()).toBeVisible();
  await expect(admin.getByText(dateTime).first()).toBeVisible();
  await admin.goto('/dashboard/audit');
  await expect(admin.getByRole('cell', { name: dateTime }).first()).toBeVisible();

  const desk = await as('desk');
  await desk.goto('/dashboard/patients');
  await desk.getByLabel('Search patients').fill(booked.name.split(' ')[0]!);
  const row = desk.getByRole('row').filter({ hasText: booked.name });
  await expect(row).toContainText(/[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2} at \d{1,2}:\d\d [ap]m/);
});

import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { canaryPatient } from './canary';
import { demoClinic, demoPractitioners } from '../db/seed/clinic-data';

/** Six random letters: names that tell the suite's patients apart in lists. */
const letters = () => randomUUID().replace(/-/g, '').slice(0, 6).replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!);

/**
 * The front desk's and practitioners' day: schedule, check-in, reschedule, phone booking and time
 * off, on the seeded clinic. Seeded appointments are relative to "now" and this runs at any hour,
 * so every test books its own appointment on a future day where the practitioner works, on its
 * own practitioner and dates, so parallel tests never take each other's times.
 */

const PASSWORD = process.env.SEED_STAFF_PASSWORD ?? 'e2e-Staff-Passw0rd!';
const TZ = demoClinic.timeZone;
const LOGIN = {
  desk: 'frontdesk@larkfield-stride.example',
  admin: 'admin@larkfield-stride.example',
  maya: 'maya.okafor@larkfield-stride.example',
} as const;
type Role = keyof typeof LOGIN;

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

// Sign in once per worker and role; each test gets a fresh page on that saved session.
const test = base.extend<{ as: (role: Role) => Promise<Page> }, { states: Map<Role, string> }>({
  states: [async ({}, provide) => provide(new Map()), { scope: 'worker' }],
  as: async ({ browser, states }, provide, testInfo) => {
    const contexts: Array<{ close: () => Promise<void> }> = [];
    await provide(async (role) => {
      let state = states.get(role);
      if (!state) {
        const dir = path.join(testInfo.project.outputDir, '.auth');
        mkdirSync(dir, { recursive: true });
        state = path.join(dir, `${role}-${testInfo.workerIndex}.json`);
        const context = await browser.newContext();
        await signIn(await context.newPage(), LOGIN[role]);
        await context.storageState({ path: state });
        await context.close();
        states.set(role, state);
      }
      const context = await browser.newContext({ storageState: state });
      contexts.push(context);
      return context.newPage();
    });
    for (const c of contexts) await c.close();
  },
});

// ---- clinic calendar helpers (dates are clinic-local 'YYYY-MM-DD') ----
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date());
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
const localInput = (iso: string) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: TZ,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
};

async function practitionerId(request: APIRequestContext, slug: string): Promise<string> {
  const body = (await (await request.get('/api/v1/practitioners')).json()) as {
    practitioners: Array<{ id: string; slug: string }>;
  };
  return body.practitioners.find((p) => p.slug === slug)!.id;
}

async function openSlots(
  request: APIRequestContext,
  service: string,
  practitioner: string,
  from: string,
  to: string,
): Promise<string[]> {
  const res = await request.get(
    `/api/v1/availability?service=${service}&practitioner=${practitioner}&from=${from}&to=${to}`,
  );
  expect(res.status()).toBe(200);
  return ((await res.json()) as { slots: Array<{ start: string }> }).slots.map((s) => s.start);
}

/** The first day from `from` on where the public engine offers this practitioner's therapy. */
async function dayWithOpenings(
  request: APIRequestContext,
  service: string,
  practitioner: string,
  from: string,
): Promise<string> {
  const [first] = await openSlots(request, service, practitioner, from, addDays(from, 20));
  if (!first) throw new Error(`no open ${service} times from ${from}`);
  return first.slice(0, 10);
}

/** Books through the public API (as a patient would) on the first open slot in the window. */
async function bookOnline(request: APIRequestContext, slug: string, from: string, to: string) {
  const practitioner = await practitionerId(request, slug);
  const [start] = await openSlots(request, 'chiropractic-adjustment', practitioner, from, to);
  if (!start) throw new Error(`no open time for ${slug} between ${from} and ${to}`);
  return bookOnlineAt(request, 'chiropractic-adjustment', practitioner, start);
}

async function bookOnlineAt(
  request: APIRequestContext,
  service: string,
  practitioner: string,
  start: string,
) {
  const { name, email } = canaryPatient(`Runner${letters()}`);
  const res = await request.post('/api/v1/bookings', {
    // Not a browser: send the Origin a browser would, or the cross-site guard refuses it.
    headers: { 'Idempotency-Key': randomUUID(), Origin: new URL(test.info().project.use.baseURL ?? '').origin },
    data: {
      service,
      practitioner,
      start,
      patient: {
        name,
        email,
        phone: '+1 503-555-0188',
        patientType: 'returning',
        reason: 'Tight lower back after a long run.',
        consent: true,
        intake: {
          painAreas: ['lower_back'],
          painDuration: '2_to_6_weeks',
          legPain: 'no',
          redFlags: [],
        },
      },
    },
  });
  expect(res.status()).toBe(201);
  const { booking } = (await res.json()) as { booking: { id: string; start: string } };
  return { id: booking.id, start: booking.start, name, practitioner };
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'List' }).click();
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

test('the front desk checks a patient in from the day list', async ({ as, request }) => {
  const appt = await bookOnline(request, 'daniel-reyes', addDays(today(), 3), addDays(today(), 12));
  const page = await as('desk');
  await page.goto(`/dashboard/schedule?view=list&date=${appt.start.slice(0, 10)}`);
  const row = page.getByRole('row').filter({ hasText: appt.name });
  await expect(row.getByText('Booked', { exact: true })).toBeVisible();
  await row.getByRole('button', { name: `Check in ${appt.name}` }).click();
  await expect(row.getByText('Checked in')).toBeFocused();
  await expect(row.getByText('Arrived', { exact: true })).toBeVisible();

  await row.getByRole('link', { name: appt.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: appt.name })).toBeVisible();
  await expect(page.getByText('Arrived', { exact: true }).first()).toBeVisible();
  // Front desk: contact details yes, intake answers and the patient's notes no.
  await expect(
    page.getByText('+1 503-555-0188').or(page.getByText('(503) 555-0188')),
  ).toBeVisible();
  await expect(page.getByText('Tight lower back')).toHaveCount(0);
  await expect(page.getByText('Intake answers and clinical notes are shown only')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
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
  await page.getByLabel('E-mail', { exact: true }).fill(caller.email);
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
    page.getByRole('alert').filter({ hasText: 'That time was taken a moment ago' }),
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
  await signIn(page, LOGIN.admin);
  await page.goto('/dashboard/schedule');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/dashboard/schedule');
  await expect(page).toHaveURL(/\/sign-in/);
});

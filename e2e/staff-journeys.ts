import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  test as base,
  expect,
  type APIRequestContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { ownClientAddress } from './api-booking';
import { canaryPatient } from './canary';
import { adminStatePath, signIn } from './staff-session';
import { demoClinic } from '../db/seed/clinic-data';

/**
 * What the staff journeys share: signing in once per worker and role (a saved storage state),
 * the clinic's calendar, and booking through the public API to set a scene.
 */

/** Six random letters: names that tell the suite's patients apart in lists. */
export const letters = () =>
  randomUUID()
    .replace(/-/g, '')
    .slice(0, 6)
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!);

export const TZ = demoClinic.timeZone;
export const LOGIN = {
  desk: 'frontdesk@larkfield-stride.example',
  admin: 'admin@larkfield-stride.example',
  maya: 'maya.okafor@larkfield-stride.example',
} as const;
export type Role = keyof typeof LOGIN;

export { signIn };

// Sign in once per worker and role; each test gets a fresh page on that saved session. The admin
// signs in with two steps, once for the whole run (e2e/global-setup.ts).
export const test = base.extend<
  { as: (role: Role) => Promise<Page> },
  { states: Map<Role, string> }
>({
  states: [async ({}, provide) => provide(new Map()), { scope: 'worker' }],
  as: async ({ browser, states }, provide, testInfo) => {
    const contexts: Array<{ close: () => Promise<void> }> = [];
    await provide(async (role) => {
      let state = role === 'admin' ? adminStatePath() : states.get(role);
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
export const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date());
export const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
export const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
/** Minutes after midnight of an offset time as the API writes it (`2026-12-07T09:30:00-08:00`). */
export const minuteOf = (iso: string) => Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));

/** An appointment's card on the schedule, by the patient's name (its accessible name ends "Actions"). */
export function scheduleCard(page: Page | Locator, name: string): Locator {
  return page.getByRole('button', { name: new RegExp(`${name}, .*Actions$`) });
}

export const localInput = (iso: string) => {
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

export async function practitionerId(request: APIRequestContext, slug: string): Promise<string> {
  const body = (await (await request.get('/api/v1/practitioners')).json()) as {
    practitioners: Array<{ id: string; slug: string }>;
  };
  return body.practitioners.find((p) => p.slug === slug)!.id;
}

export async function openSlots(
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
export async function dayWithOpenings(
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
export async function bookOnline(
  request: APIRequestContext,
  slug: string,
  from: string,
  to: string,
) {
  const practitioner = await practitionerId(request, slug);
  const [start] = await openSlots(request, 'chiropractic-adjustment', practitioner, from, to);
  if (!start) throw new Error(`no open time for ${slug} between ${from} and ${to}`);
  return bookOnlineAt(request, 'chiropractic-adjustment', practitioner, start);
}

export async function bookOnlineAt(
  request: APIRequestContext,
  service: string,
  practitioner: string,
  start: string,
  patient = canaryPatient(`Runner${letters()}`),
) {
  const res = await postBooking(request, service, practitioner, start, patient);
  expect(res.status()).toBe(201);
  const { booking } = (await res.json()) as { booking: { id: string; start: string } };
  return { id: booking.id, start: booking.start, name: patient.name, practitioner };
}

/**
 * Books the first of `starts` still open (specs running beside this one may take some of them
 * first); returns the start it booked.
 */
export async function bookFirstFree(
  request: APIRequestContext,
  service: string,
  practitioner: string,
  starts: string[],
  patient: { name: string; email: string },
): Promise<string> {
  for (const start of starts) {
    const res = await postBooking(request, service, practitioner, start, patient);
    if (res.status() === 409) continue;
    expect(res.status()).toBe(201);
    return start;
  }
  throw new Error(`none of ${starts.length} times was still open`);
}

function postBooking(
  request: APIRequestContext,
  service: string,
  practitioner: string,
  start: string,
  patient: { name: string; email: string },
) {
  const { name, email } = patient;
  return request.post('/api/v1/bookings', {
    // Not a browser: send the Origin a browser would, or the cross-site guard refuses it.
    headers: {
      'Idempotency-Key': randomUUID(),
      Origin: new URL(test.info().project.use.baseURL ?? '').origin,
      ...ownClientAddress(),
    },
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
}

export { expect };

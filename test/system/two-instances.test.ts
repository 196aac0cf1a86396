import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startApp, STAFF_PASSWORD, waitForHealth, type AppServer } from './support/app-server';
import { bookingAttempt, LEAK, openSlots, postBooking } from './support/booking';
import { createDatabase, databaseCommand, inspect } from './support/databases';

// Two `next start` processes on one PostgreSQL database: whatever one instance knows, the other
// must respect, because every lock, limit and constraint lives in the database.
let database: Awaited<ReturnType<typeof createDatabase>>;
let apps: AppServer[] = [];
let browser: Browser | undefined;

beforeAll(async () => {
  database = await createDatabase(inject('postgresServerUrl'), 'two');
  await databaseCommand(database.url, 'setup');
  apps = [startApp(1, database.url), startApp(2, database.url)];
  await Promise.all(apps.map((app) => waitForHealth(app.baseUrl, 200)));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(apps.map((app) => app.stop()));
  await database?.drop();
});

describe('two app instances on one database', () => {
  it('200 concurrent bookings of one slot through both instances: one 201, every other a clean 409', async () => {
    const [slot] = await openSlots(apps[0]!.baseUrl, 7);
    expect(slot, 'the seeded clinic has an open slot this week').toBeDefined();
    const attempts = Array.from({ length: 200 }, () => bookingAttempt(slot!, 'race'));
    const answers = await Promise.all(attempts.map((a, i) => postBooking(apps[i % 2]!.baseUrl, a)));

    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    for (const answer of answers.filter((a) => a.status === 409)) {
      expect(answer.body.error?.code).toBe('slot_taken');
      expect(answer.body.error?.message).toMatch(/just been taken/);
      expect(Array.isArray(answer.body.alternatives)).toBe(true);
      expect(answer.body.alternatives!.length).toBeGreaterThan(0);
      expect(answer.text).not.toMatch(LEAK);
    }

    const sql = inspect(database.url);
    try {
      const rows = await sql<{ id: string; email: string }[]>`
        select a.id, p.email from appointments a join patients p on p.id = a.patient_id
        where a.practitioner_id = ${slot!.practitioner} and a.starts_at = ${slot!.start}
          and a.status <> 'cancelled'`;
      expect(rows).toHaveLength(1);
      const winner = answers.find((a) => a.status === 201)!;
      expect(rows[0]!.id).toBe(winner.body.booking?.id);
      // The 199 losers left nothing behind: no appointment and no idempotency record of theirs.
      const raceRows = await sql`select 1 from appointments a join patients p on p.id = a.patient_id
        where p.email like 'race-%'`;
      expect(raceRows).toHaveLength(1);
    } finally {
      await sql.end();
    }
  });

  it('the booking rate limit of one client address counts across instances, not per instance', async () => {
    const [slot] = await openSlots(apps[1]!.baseUrl, 7);
    const address = '203.0.113.77';
    const answers = [];
    // Sequential and alternating: attempt 1 on A, 2 on B, … The limit is 10 per 10 minutes.
    for (let i = 0; i < 12; i++) {
      answers.push(
        await postBooking(apps[i % 2]!.baseUrl, bookingAttempt(slot!, 'limit', address)),
      );
    }
    expect(answers.slice(0, 10).map((a) => a.status)).toEqual([201, ...Array<number>(9).fill(409)]);
    for (const answer of answers.slice(10)) {
      expect(answer.status).toBe(429);
      expect(answer.body.error?.code).toBe('rate_limited');
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    // Another address is not affected.
    const other = await postBooking(
      apps[0]!.baseUrl,
      bookingAttempt(slot!, 'limit', '203.0.113.78'),
    );
    expect(other.status).toBe(409);
  });

  it('failed sign-ins alternated between instances pause unrecognised browsers, while a remembered one signs in', async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const email = 'frontdesk@larkfield-stride.example';
    const attempt = async (page: Page, baseUrl: string, password: string) => {
      await page.goto(`${baseUrl}/sign-in`);
      await page.getByLabel('Work e-mail').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // Either the dashboard or the form's message, whichever comes.
      const message = page.getByRole('status').filter({ hasText: /\S/ }).first();
      await Promise.race([
        page.waitForURL(/\/dashboard$/, { timeout: 20_000 }),
        message.waitFor({ timeout: 20_000 }),
      ]);
      if (page.url().endsWith('/dashboard')) return { url: page.url(), text: '' };
      return { url: page.url(), text: (await message.textContent()) ?? '' };
    };
    const stranger = async (baseUrl: string, password: string) => {
      const page = await browser!.newPage(); // a fresh browser context each time: no device cookie
      try {
        return await attempt(page, baseUrl, password);
      } finally {
        await page.close();
      }
    };
    // The reception computer signed in on instance A last week (and so holds a device cookie).
    const desk = await browser.newContext();
    const deskPage = await desk.newPage();
    expect((await attempt(deskPage, apps[0]!.baseUrl, STAFF_PASSWORD)).url).toMatch(/\/dashboard$/);
    await deskPage.getByRole('button', { name: 'Sign out' }).click();
    await deskPage.waitForURL(/\/sign-in/);

    // Five wrong passwords from strangers, alternating A, B, A, B, A: the first five are free.
    for (let i = 0; i < 5; i++) {
      const result = await stranger(apps[i % 2]!.baseUrl, `wrong-password-${i}`);
      expect(result.text).toContain('do not match an active staff account');
    }
    const sixth = await stranger(apps[1]!.baseUrl, 'wrong-password-6');
    expect(sixth.text).toMatch(/Too many failed sign-ins.*try again in \d+ seconds/);
    // While paused, even the right password from an unrecognised browser waits, on either instance.
    for (const app of apps) {
      const right = await stranger(app.baseUrl, STAFF_PASSWORD);
      expect(right.text).toContain('Too many failed sign-ins');
      expect(right.url).toContain('/sign-in');
    }
    // The reception computer is not held up, on instance B either.
    expect((await attempt(deskPage, apps[1]!.baseUrl, STAFF_PASSWORD)).url).toMatch(/\/dashboard$/);
    await desk.close();
  });
});

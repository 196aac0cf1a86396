import { randomUUID } from 'node:crypto';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sleep, startApp, waitForHealth, type AppServer } from './support/app-server';
import { bookingAttempt, LEAK, openSlots, postBooking } from './support/booking';
import { createDatabase, databaseCommand, inspect } from './support/databases';

// A database that answers but refuses the statement (a botched migration, a revoked grant): the
// patient sees a clean error, and no log line holds what they typed or the SQL that failed.
let database: Awaited<ReturnType<typeof createDatabase>>;
let app: AppServer;

beforeAll(async () => {
  database = await createDatabase(inject('postgresServerUrl'), 'broken');
  await databaseCommand(database.url, 'setup');
  app = startApp(5, database.url);
  await waitForHealth(app.baseUrl, 200);
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe('a statement the database refuses', () => {
  it('gives a generic 500 and the friendly error page, and logs neither patient details nor SQL', async () => {
    const [slot] = await openSlots(app.baseUrl, 7);
    const tag = `leak${randomUUID().slice(0, 8)}`;
    const attempt = bookingAttempt(slot!, tag);
    const patientName = (JSON.parse(attempt.body) as { patient: { name: string } }).patient.name;
    const sql = inspect(database.url);
    try {
      // The booking's patient lookup (by e-mail) now fails: its parameters are the patient's e-mail.
      await sql`alter table patients rename column email to email_renamed_by_test`;
      const api = await postBooking(app.baseUrl, attempt);
      expect(api.status).toBe(500);
      expect(api.body.error?.code).toBe('internal_error');
      expect(api.body.error?.message).toMatch(/Nothing was booked/);
      expect(api.text).not.toMatch(LEAK);
      expect(api.text).not.toContain(attempt.email);

      // The booking page's first query now fails: the visitor gets the error page, nothing internal.
      await sql`alter table services rename column summary to summary_renamed_by_test`;
      // Next streams the page and renders the error boundary in the browser: look with one.
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      });
      try {
        const page = await browser.newPage();
        await page.goto(`${app.baseUrl}/book`);
        const heading = page.getByRole('heading', { level: 1 });
        await expect
          .poll(() => heading.textContent(), { timeout: 15_000 })
          .toMatch(/Sorry, (something went wrong|this step didn’t load)/);
        const shown = await page.locator('body').innerText();
        expect(shown).toMatch(/\(503\) 555-0147/);
        expect(shown).not.toMatch(
          /Failed query|params:|summary_renamed|does not exist|\bat .+:\d+/,
        );
      } finally {
        await browser.close();
      }
      const html = await (await fetch(`${app.baseUrl}/book`)).text();
      expect(html).not.toMatch(
        /Failed query|params:|summary_renamed|column .* does not exist|\bat .+\.js:\d+/,
      );
      expect(html).not.toMatch(/select .* from/i);
    } finally {
      await sql`alter table services rename column summary_renamed_by_test to summary`.catch(
        () => undefined,
      );
      await sql`alter table patients rename column email_renamed_by_test to email`.catch(
        () => undefined,
      );
      await sql.end();
    }

    // Restored: the same request books (and nothing from the failed attempt got in the way).
    const retried = await postBooking(app.baseUrl, attempt);
    expect(retried.status).toBe(201);

    await sleep(500); // let the last log lines flush
    const logs = app.output();
    expect(logs).toMatch(/api request failed/); // the failure was logged …
    expect(logs).not.toContain(attempt.email); // … without what the patient typed
    expect(logs).not.toContain(patientName);
    expect(logs).not.toContain(tag);
    expect(logs).not.toMatch(/params:|Failed query/);
    expect(logs).not.toMatch(/from "patients"|from "services"|"email" = \$1/);
  });
});

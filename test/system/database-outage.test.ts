import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sleep, startApp, waitForHealth, type AppServer } from './support/app-server';
import {
  bookingAttempt,
  LEAK,
  openSlots,
  postBooking,
  type Answer,
  type BookingAttempt,
} from './support/booking';
import { createDatabase, databaseCommand, inspect } from './support/databases';
import { ThrowawayCluster } from '../setup/throwaway-cluster';

// A private PostgreSQL cluster that these tests stop and start (never the shared server).
const cluster = new ThrowawayCluster(inject('portBase') + 9);
const apps: AppServer[] = [];

beforeAll(async () => {
  await cluster.init();
});

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  await cluster.remove();
});

/** A friendly HTML 503: the clinic's phone, Retry-After, nothing internal. */
async function expectFriendlyPage(response: Response) {
  expect(response.status).toBe(503);
  expect(response.headers.get('content-type')).toMatch(/text\/html/);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  const html = await response.text();
  expect(html).toContain('we’ll be right back');
  expect(html).toContain('(503) 555-0147');
  expect(html).not.toMatch(LEAK);
}

function expectCleanUnavailable(answer: Answer) {
  expect(answer.body.error?.code).toBe('database_unavailable');
  expect(answer.body.error?.message).toMatch(/try again/i);
  expect(Number(answer.retryAfter)).toBeGreaterThan(0);
  expect(answer.text).not.toMatch(LEAK);
}

describe('PostgreSQL restarted under a booking load', () => {
  it('answers 201, 409 or a clean 503, loses and duplicates nothing, and recovers by itself', async () => {
    const database = await createDatabase(cluster.serverUrl, 'restart');
    await databaseCommand(database.url, 'setup');
    const app = startApp(3, database.url);
    apps.push(app);
    await waitForHealth(app.baseUrl, 200);

    // Three practitioners' open slots; each slot is wanted by two patients, so 409s happen too.
    const slots = (await openSlots(app.baseUrl, 21)).sort(() => Math.random() - 0.5).slice(0, 80);
    const queue: BookingAttempt[] = slots.flatMap((slot) => [
      bookingAttempt(slot, 'load'),
      bookingAttempt(slot, 'load'),
    ]);
    const sent: Array<{ attempt: BookingAttempt; answer: Answer }> = [];
    let firstUnavailable: (() => void) | undefined;
    const sawUnavailable = new Promise<void>((resolve) => (firstUnavailable = resolve));

    const worker = async () => {
      for (let attempt = queue.shift(); attempt; attempt = queue.shift()) {
        const answer = await postBooking(app.baseUrl, attempt);
        sent.push({ attempt, answer });
        if (answer.status === 503) firstUnavailable?.();
        // A well-behaved client backs off on 503, so the load outlasts the outage.
        await sleep(answer.status === 503 ? 1_000 : 20);
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, worker));

    // Stop the database once 30 answers are in: a count, not a delay, so that on a fast machine the
    // load is not over before the restart.
    const warmUp = Date.now() + 30_000;
    while (sent.length < 30 && Date.now() < warmUp) await sleep(50);
    const before = sent.length;
    await cluster.stop();
    await Promise.race([sawUnavailable, sleep(15_000)]);
    // During the outage a person asking for a page gets the friendly 503 at once.
    await expectFriendlyPage(
      await fetch(`${app.baseUrl}/book`, { signal: AbortSignal.timeout(10_000) }),
    );
    const health = await fetch(`${app.baseUrl}/api/health`);
    expect(health.status).toBe(503);
    await sleep(2_000);
    await cluster.start();
    const duringOutage = sent.length;
    await load;
    expect(before, 'the load was running before the restart').toBeGreaterThan(5);
    expect(sent.length - duringOutage, 'and went on after it').toBeGreaterThan(20);

    for (const { answer } of sent) {
      expect([201, 409, 503]).toContain(answer.status);
      if (answer.status === 503) expectCleanUnavailable(answer);
      if (answer.status === 409) expect(answer.body.error?.code).toBe('slot_taken');
    }
    const unavailable = sent.filter((s) => s.answer.status === 503);
    expect(unavailable.length, 'some requests met the outage').toBeGreaterThan(0);
    const count = (status: number) => sent.filter((s) => s.answer.status === status).length;
    console.log(
      `restart under load: ${sent.length} requests, ${count(201)} × 201, ${count(409)} × 409, ${count(503)} × 503`,
    );

    // Same processes, no restart: healthy again and booking within 30 s.
    await waitForHealth(app.baseUrl, 200, 30_000);
    const [fresh] = await openSlots(app.baseUrl, 28);
    expect((await postBooking(app.baseUrl, bookingAttempt(fresh!, 'after'))).status).toBe(201);

    // A 503 is safe to retry with the same Idempotency-Key: a booking committed just before the
    // connection dropped comes back as a replay (200), never as a second appointment.
    const booked = new Set(
      sent.filter((s) => s.answer.status === 201).map((s) => s.answer.body.booking!.id),
    );
    for (const { attempt } of unavailable) {
      const retry = await postBooking(app.baseUrl, attempt);
      expect([200, 201, 409]).toContain(retry.status);
      if (retry.status !== 409) booked.add(retry.body.booking!.id);
    }

    const sql = inspect(database.url);
    try {
      const rows = await sql<{ id: string; email: string; confirmations: number }[]>`
        select a.id, p.email,
          (select count(*)::int from outbox o where o.appointment_id = a.id and o.kind = 'confirmation') as confirmations
        from appointments a join patients p on p.id = a.patient_id
        where p.email like 'load-%'`;
      expect(new Set(rows.map((r) => r.id))).toEqual(booked);
      expect(new Set(rows.map((r) => r.email)).size, 'one appointment per patient').toBe(
        rows.length,
      );
      expect(
        rows.every((r) => r.confirmations === 1),
        'each booking has exactly one confirmation',
      ).toBe(true);
      const overlapping = await sql`select 1 from appointments a join appointments b on a.id < b.id
        and a.practitioner_id = b.practitioner_id and a.status <> 'cancelled' and b.status <> 'cancelled'
        and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`;
      expect(overlapping).toHaveLength(0);

      // The outbox worker survived too: everything due is delivered (a message caught mid-send
      // is dead-lettered as "delivery unknown", never sent twice).
      const deadline = Date.now() + 60_000;
      let open: Array<{ status: string; n: number }> = [];
      do {
        await sleep(1_000);
        open = await sql<
          { status: string; n: number }[]
        >`select status, count(*)::int as n from outbox
          where status = 'sending' or (status = 'pending' and next_attempt_at <= now()) group by status`;
      } while (open.length > 0 && Date.now() < deadline);
      expect(open).toEqual([]);
      const confirmations = await sql<{ status: string; last_error: string | null }[]>`
        select o.status, o.last_error from outbox o join patients p on p.id = o.patient_id
        where o.kind = 'confirmation' and p.email like 'load-%'`;
      expect(confirmations).toHaveLength(booked.size);
      for (const c of confirmations) {
        if (c.status !== 'sent')
          expect(c).toMatchObject({
            status: 'dead',
            last_error: expect.stringMatching(/unknown whether/),
          });
      }
      expect(confirmations.filter((c) => c.status === 'sent').length).toBeGreaterThanOrEqual(
        booked.size - 2,
      );
    } finally {
      await sql.end();
    }
    expect(app.output()).not.toMatch(/Failed query|params:/);
    await app.stop();
    await database.drop();
  });
});

describe('app started while PostgreSQL is down', () => {
  it('comes up answering 503, then migrates and books once the database is back, without a restart', async () => {
    const database = await createDatabase(cluster.serverUrl, 'cold');
    await cluster.stop();
    const app = startApp(4, database.url, { RUN_WORKER_IN_APP: 'true' });
    apps.push(app);

    const health = await waitForHealth(app.baseUrl, null, 60_000);
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ database: { state: 'down' } });
    await expectFriendlyPage(await fetch(`${app.baseUrl}/book`));
    await expectFriendlyPage(await fetch(`${app.baseUrl}/`));
    const api = await fetch(`${app.baseUrl}/api/v1/services`);
    expect(api.status).toBe(503);
    expect(((await api.json()) as Answer['body']).error?.code).toBe('database_unavailable');

    await cluster.start();
    await waitForHealth(app.baseUrl, 200, 30_000);
    const sql = inspect(database.url);
    try {
      const [applied] = await sql<
        { n: number }[]
      >`select count(*)::int as n from drizzle.__drizzle_migrations`;
      const shipped = readdirSync('db/migrations').filter((f) => f.endsWith('.sql')).length;
      expect(applied!.n).toBe(shipped);
    } finally {
      await sql.end();
    }
    // An empty clinic until an operator seeds it; then booking works in the same process.
    await databaseCommand(database.url, 'seed');
    const [slot] = await openSlots(app.baseUrl, 14);
    const booked = await postBooking(app.baseUrl, bookingAttempt(slot!, 'cold'));
    expect(booked.status).toBe(201);
    await app.stop();
    await database.drop();
  });
});

import { inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { outbox, type OutboxMessage } from '@/db/schema';
import { outboxSettings } from '@/lib/email/config';
import { smtpTransport } from '@/lib/email/transport';
import { startOutboxWorker, type RunningWorker } from '@/lib/email/worker';
import { testDriver, isolateDatabase } from '../isolated-database';
import { bookOnline, manualClock, outboxOf } from '../outbox-fixtures';
import { SmtpSink } from '../smtp-sink';

isolateDatabase();

// On the PostgreSQL server these are pg-boss workers; on the embedded database (one process, one
// connection) the in-process poller over the same claim/deliver functions. Same test, same promises.
const driver = testDriver() === 'postgres' ? ('pg-boss' as const) : ('poller' as const);
const NOW = new Date('2030-07-01T15:00:00Z'); // Monday 08:00 in Los Angeles (PDT)
const HOUR = 3_600_000;
const slot = (day: number, hour: number) =>
  `2030-07-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00-07:00`;

const sink = new SmtpSink();
const clock = manualClock(NOW);
let workers: RunningWorker[] = [];

beforeAll(() => sink.start());
afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  workers = [];
});
afterAll(() => sink.stop());

async function startWorkers(n: number) {
  for (let i = 0; i < n; i++) {
    workers.push(
      await startOutboxWorker({
        driver,
        transport: smtpTransport(sink.url),
        clock: clock.now,
        pollMilliseconds: 150,
        settings: outboxSettings(),
      }),
    );
  }
}

async function rowsOf(ids: string[]): Promise<OutboxMessage[]> {
  return db.select().from(outbox).where(inArray(outbox.appointmentId, ids));
}

/** Waits (real time) until the condition holds; the workers run on their own timers meanwhile. */
async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe(`outbox workers (${driver} on ${testDriver()})`, () => {
  it('two workers deliver every message of many bookings exactly once, and reminders when their time comes', async () => {
    await startWorkers(2);
    const bookings = [];
    for (let hour = 9; hour < 15; hour++) bookings.push(await bookOnline(slot(3, hour), NOW));
    const ids = bookings.map((b) => b.id);
    const now = await rowsOf(ids);
    expect(now).toHaveLength(18); // confirmation, reminder and clinic notice each
    await until(
      async () => (await rowsOf(ids)).filter((r) => r.status === 'sent').length === 12,
      '12 messages sent',
    );

    clock.set(new Date(Date.parse(slot(3, 9)) - 24 * HOUR)); // the first reminder is due; the others not yet
    await until(
      async () => (await rowsOf(ids)).filter((r) => r.status === 'sent').length === 13,
      'the first reminder',
    );
    clock.set(new Date(Date.parse(slot(3, 14)) - 24 * HOUR));
    await until(async () => (await rowsOf(ids)).every((r) => r.status === 'sent'), 'all reminders');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // time for any duplicate to show up
    const rows = await rowsOf(ids);
    for (const row of rows) expect(sink.counts().get(row.id)).toBe(1);
    expect(
      sink.received.filter((m) => m.outboxId && rows.some((r) => r.id === m.outboxId)),
    ).toHaveLength(18);
  });

  it('keeps booking while SMTP is down, retries after the back-off, and delivers each message once', async () => {
    clock.set(NOW);
    await sink.stop();
    await startWorkers(2);
    const booking = await bookOnline(slot(4, 9), NOW);
    await until(
      async () =>
        (await outboxOf(booking.id))
          .filter((r) => r.kind !== 'reminder')
          .every((r) => r.attempts === 1 && r.status === 'pending'),
      'a failed first attempt',
    );
    const failed = (await outboxOf(booking.id)).filter((r) => r.kind !== 'reminder');
    for (const row of failed) expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);

    await sink.start();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await outboxOf(booking.id)).filter((r) => r.status === 'sent')).toHaveLength(0); // still backing off
    clock.advance(outboxSettings().retryBaseSeconds * 1000);
    await until(
      async () => (await outboxOf(booking.id)).filter((r) => r.status === 'sent').length === 2,
      'delivery after the back-off',
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const row of failed) expect(sink.counts().get(row.id)).toBe(1);
    expect((await outboxOf(booking.id)).find((r) => r.kind === 'confirmation')).toMatchObject({
      attempts: 2,
      lastError: null,
    });
  });
});

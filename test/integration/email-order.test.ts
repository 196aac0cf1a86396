import { and, eq, inArray } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { outbox } from '@/db/schema';
import { cancel } from '@/lib/appointments/cancel';
import { move } from '@/lib/appointments/move';
import { outboxSettings } from '@/lib/email/config';
import { claimById, deliverClaimed } from '@/lib/email/delivery';
import { runOutboxOnce } from '@/lib/email/poller';
import type { OutgoingMessage, Transport } from '@/lib/email/transport';
import { startOutboxWorker, type RunningWorker } from '@/lib/email/worker';
import { isolateDatabase, testDriver } from '../isolated-database';
import { bookOnline, manualClock } from '../outbox-fixtures';

isolateDatabase();

// One appointment's e-mails arrive in the order of the changes that caused them, and the newest
// one always tells the truth: book → move → cancel back to back, with the workers racing, and
// the same with the mail server down for all of it.
const driver = testDriver() === 'postgres' ? ('pg-boss' as const) : ('poller' as const);
const NOW = new Date('2030-09-02T15:00:00Z'); // Monday 08:00 PDT
const LINK = { kind: 'patient', via: 'manage_link' } as const;
const slot = (day: number, hour: number) =>
  `2030-09-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00-07:00`;

/**
 * A mail server that can be down, remembers the order messages arrived in, and is slow with
 * confirmations (so a change can land while one is still being sent).
 */
function slowTransport(confirmationDelayMs: number) {
  const sent: OutgoingMessage[] = [];
  const started = new Set<string>();
  const inFlight = new Map<string, number>();
  /** Patients who were sent a second message while an earlier one was still on its way. */
  const overlapping: string[] = [];
  const state = { down: false };
  const transport: Transport = {
    name: 'smtp',
    async send(message) {
      started.add(message.to);
      // Patient messages (they carry an invite) are ordered; the clinic's own notices are not.
      if (message.invite && (inFlight.get(message.to) ?? 0) > 0) overlapping.push(message.to);
      inFlight.set(message.to, (inFlight.get(message.to) ?? 0) + 1);
      try {
        const slow = message.subject.startsWith('Booked:');
        await new Promise((resolve) => setTimeout(resolve, slow ? confirmationDelayMs : 10));
        if (state.down)
          throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
        sent.push(message);
        return { messageId: `<${message.id}@test>` };
      } finally {
        inFlight.set(message.to, (inFlight.get(message.to) ?? 1) - 1);
      }
    },
    close: () => undefined,
  };
  return { transport, sent, started, overlapping, state };
}

const sequenceOf = (m: OutgoingMessage) =>
  Number(
    new ICAL.Component(ICAL.parse(m.invite!.content))
      .getFirstSubcomponent('vevent')!
      .getFirstPropertyValue('sequence'),
  );
const kindOf = (m: OutgoingMessage) => m.subject.split(':')[0];

let workers: RunningWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  workers = [];
});

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 40_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const waiting = async (ids: string[]) =>
  (
    await db
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(
          inArray(outbox.appointmentId, ids),
          inArray(outbox.status, ['pending', 'sending']),
          inArray(outbox.kind, ['confirmation', 'reschedule', 'cancellation']),
        ),
      )
  ).length;

describe(`e-mail order (${driver})`, () => {
  it('book → move → cancel back to back: delivered in order, the cancellation last, stale ones never sent', async () => {
    const { transport, sent, started, overlapping } = slowTransport(600);
    const clock = manualClock(NOW);
    // Two workers: while one is still sending an appointment's confirmation, the other is free.
    for (let i = 0; i < 2; i++)
      workers.push(
        await startOutboxWorker({
          driver,
          transport,
          clock: clock.now,
          pollMilliseconds: 50,
          settings: outboxSettings(),
        }),
      );
    const bookings = await Promise.all([9, 10, 11].map((hour) => bookOnline(slot(4, hour), NOW)));
    const recipients = await Promise.all(
      bookings.map(async (b) => {
        const [row] = await db
          .select({ recipient: outbox.recipient })
          .from(outbox)
          .where(and(eq(outbox.appointmentId, b.id), eq(outbox.kind, 'confirmation')));
        return row!.recipient;
      }),
    );
    // The first e-mail of each is on its way when the patient moves, then cancels, at once.
    await until(async () => recipients.every((r) => started.has(r)), 'confirmations being sent');
    await Promise.all(
      bookings.map(async (b, i) => {
        expect(
          await move(LINK, { manageToken: b.token }, { start: slot(5, 9 + i) }, NOW),
        ).toMatchObject({ ok: true });
        expect(await cancel(LINK, { manageToken: b.token }, {}, NOW)).toMatchObject({ ok: true });
      }),
    );
    const ids = bookings.map((b) => b.id);
    await until(async () => (await waiting(ids)) === 0, 'every message settled');

    // One message at a time per patient: the next waits until the one before has gone out.
    expect(overlapping).toEqual([]);
    for (const [i, b] of bookings.entries()) {
      const mine = sent.filter((m) => m.to === recipients[i] && m.invite);
      // In the order of the changes, and the newest tells the truth. The move usually never goes
      // out (superseded by the cancellation while it waited for the confirmation); on a slow
      // machine it may have gone out first, in its place in the order.
      expect([
        ['Booked', 'Cancelled'],
        ['Booked', 'Moved', 'Cancelled'],
      ]).toContainEqual(mine.map(kindOf));
      const sequences = mine.map(sequenceOf);
      expect([...sequences].sort((x, y) => x - y)).toEqual(sequences);
      expect(new Set(sequences).size).toBe(sequences.length);
      expect(mine.at(-1)!.invite!.method).toBe('CANCEL');
      // Nothing is left waiting or dead.
      const rows = await db
        .select({ kind: outbox.kind, status: outbox.status, lastError: outbox.lastError })
        .from(outbox)
        .where(eq(outbox.appointmentId, b.id));
      for (const row of rows.filter((r) => r.kind !== 'clinic_new_booking')) {
        expect(['sent', 'void'], `${row.kind} ${row.status}`).toContain(row.status);
        if (row.status === 'void') expect(row.lastError).toMatch(/superseded|cancelled|moved/);
      }
    }
  });

  it('with the mail server down for book, move and cancel, only the cancellation goes out when it is back', async () => {
    const { transport, sent, state } = slowTransport(0);
    const clock = manualClock(NOW);
    const deliver = async () => {
      while ((await runOutboxOnce({ transport, clock: clock.now })).claimed > 0);
    };
    state.down = true;
    const b = await bookOnline(slot(6, 9), NOW);
    await deliver(); // the confirmation fails and waits for its back-off
    expect(await move(LINK, { manageToken: b.token }, { start: slot(6, 11) }, NOW)).toMatchObject({
      ok: true,
    });
    await deliver();
    clock.advance(60_000);
    expect(await cancel(LINK, { manageToken: b.token }, {}, clock.now())).toMatchObject({
      ok: true,
    });
    await deliver();
    expect(sent).toHaveLength(0);

    state.down = false;
    clock.advance(2 * 3_600_000);
    await deliver();
    const rows = await db
      .select({ kind: outbox.kind, status: outbox.status, recipient: outbox.recipient })
      .from(outbox)
      .where(eq(outbox.appointmentId, b.id));
    const patient = rows.find((r) => r.kind === 'cancellation')!.recipient;
    const toPatient = sent.filter((m) => m.to === patient);
    expect(toPatient.map(kindOf)).toEqual(['Cancelled']);
    expect(toPatient[0]!.text).toContain('cancelled');
    // The confirmation and the move were superseded; no reminder is left for a cancelled visit.
    expect(
      rows
        .filter((r) => r.kind !== 'cancellation' && r.kind !== 'clinic_new_booking')
        .map((r) => r.status),
    ).toEqual(
      rows
        .filter((r) => r.kind !== 'cancellation' && r.kind !== 'clinic_new_booking')
        .map(() => 'void'),
    );
  });

  it('a message that failed while a newer change came is voided, not retried behind it', async () => {
    const { transport, sent, state } = slowTransport(0);
    const clock = manualClock(NOW);
    const b = await bookOnline(slot(9, 9), NOW);
    // The confirmation is claimed and fails: it goes back to pending with its back-off …
    state.down = true;
    await runOutboxOnce({ transport, clock: clock.now });
    state.down = false;
    // … then the patient moves: the confirmation never went out, so the move confirms afresh.
    expect(await move(LINK, { manageToken: b.token }, { start: slot(9, 10) }, NOW)).toMatchObject({
      ok: true,
    });
    while ((await runOutboxOnce({ transport, clock: clock.now })).claimed > 0);
    const rows = await db
      .select({ kind: outbox.kind, status: outbox.status })
      .from(outbox)
      .where(
        and(eq(outbox.appointmentId, b.id), inArray(outbox.kind, ['confirmation', 'reschedule'])),
      );
    expect(rows.map((r) => `${r.kind}:${r.status}`).sort()).toEqual([
      'confirmation:sent',
      'confirmation:void',
    ]);
    const toPatient = sent.filter((m) => m.invite);
    expect(toPatient).toHaveLength(1);
    expect(toPatient[0]!.subject).toMatch(/^Booked: .*Mon 9 Sep, 10:00 AM/);
  });

  it('a send that fails after a newer change came is voided at once, and the newer message goes next', async () => {
    const { transport, sent, state } = slowTransport(0);
    const b = await bookOnline(slot(10, 9), NOW);
    // A worker holds the confirmation (claimed, being sent) when the patient moves …
    const [confirmation] = await db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.appointmentId, b.id), eq(outbox.kind, 'confirmation')));
    const claimed = await claimById(confirmation!.id, NOW);
    expect(claimed).toMatchObject({ status: 'sending', superseded: false });
    expect(await move(LINK, { manageToken: b.token }, { start: slot(10, 11) }, NOW)).toMatchObject({
      ok: true,
    });
    // … and the mail server refuses it: it is voided, not put back to wait in front of the move.
    state.down = true;
    expect(await deliverClaimed(claimed!, transport, () => NOW)).toBe('void');
    state.down = false;
    while ((await runOutboxOnce({ transport, clock: () => NOW })).claimed > 0);
    const toPatient = sent.filter((m) => m.invite);
    expect(toPatient.map(kindOf)).toEqual(['Moved']);
    const [row] = await db.select().from(outbox).where(eq(outbox.id, confirmation!.id));
    expect(row).toMatchObject({ status: 'void', lastError: expect.stringMatching(/superseded/) });
  });
});

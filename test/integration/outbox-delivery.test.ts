import { reloadEnv } from '@/lib/env';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog, outbox } from '@/db/schema';
import { outboxSettings } from '@/lib/email/config';
import { claimById, claimDue, deliverClaimed } from '@/lib/email/delivery';
import { pruneFinishedMessages } from '@/lib/email/prune';
import { runOutboxOnce } from '@/lib/email/poller';
import { retryDeadMessage } from '@/lib/email/retry';
import { localMailboxTransport, smtpTransport } from '@/lib/email/transport';
import { testDriver, isolateDatabase } from '../isolated-database';
import { bookOnline, manualClock, outboxOf } from '../outbox-fixtures';
import { decodeQuotedPrintable, SmtpSink } from '../smtp-sink';
import { makeStaff } from '../staff-fixtures';

isolateDatabase();

const NOW = new Date('2030-05-06T15:00:00Z'); // Monday 08:00 in Los Angeles (PDT)
const slot = (day: number, hour: number) =>
  `2030-05-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00-07:00`;

const sink = new SmtpSink();
beforeAll(() => sink.start());
afterAll(() => sink.stop());

/** Runs passes until nothing is due at the clock's time. */
async function drain(
  transport: Parameters<typeof runOutboxOnce>[0]['transport'],
  clock: () => Date,
) {
  const outcomes: string[] = [];
  for (;;) {
    const summary = await runOutboxOnce({ transport, clock });
    if (summary.claimed === 0) return outcomes;
    for (const [k, n] of Object.entries(summary.outcomes))
      outcomes.push(...Array<string>(n).fill(k));
  }
}

function countOf(id: string) {
  return sink.counts().get(id) ?? 0;
}

describe(`outbox delivery over SMTP (${testDriver()})`, () => {
  it('delivers each message once to a real SMTP server: one recipient, HTML and text, the invite and the manage link', async () => {
    const { id, token } = await bookOnline(slot(8, 9), NOW);
    const transport = smtpTransport(sink.url);
    await drain(transport, () => NOW);
    const rows = await outboxOf(id);
    const sent = rows.filter((r) => r.status === 'sent');
    expect(sent.map((r) => r.kind).sort()).toEqual(['clinic_new_booking', 'confirmation']);
    for (const row of sent) {
      expect(countOf(row.id)).toBe(1);
      expect(row).toMatchObject({ transport: 'smtp', sentAt: NOW, attempts: 1, lockedUntil: null });
    }
    const confirmation = rows.find((r) => r.kind === 'confirmation')!;
    const mail = sink.received.find((m) => m.outboxId === confirmation.id)!;
    expect(mail.envelopeTo).toEqual([confirmation.recipient]);
    expect(mail.raw).toMatch(/^To: robin-[^\r\n,;]+@example\.com\r$/m);
    expect(mail.raw).not.toMatch(/^(Cc|Bcc):/im);
    expect(mail.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(mail.raw).toMatch(/Content-Type: text\/html/i);
    expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(mail.raw).toMatch(
      /^From: Larkfield Stride Chiropractic <hello@larkfield-stride\.example>\r$/m,
    );
    expect(decodeQuotedPrintable(mail.raw)).toContain(`/book/manage/${token}`);
    // The reminder waits for its time.
    expect(rows.find((r) => r.kind === 'reminder')!.status).toBe('pending');
  });

  it('keeps bookings working while SMTP is down, backs off, and delivers each message once when it is back', async () => {
    await sink.stop();
    const clock = manualClock(NOW);
    const a = await bookOnline(slot(9, 9), NOW);
    const b = await bookOnline(slot(9, 10), NOW);
    const transport = smtpTransport(sink.url);
    expect(await drain(transport, clock.now)).toEqual(['retry', 'retry', 'retry', 'retry']);
    const waiting = [...(await outboxOf(a.id)), ...(await outboxOf(b.id))].filter(
      (r) => r.kind !== 'reminder',
    );
    const base = outboxSettings().retryBaseSeconds;
    for (const row of waiting) {
      expect(row).toMatchObject({
        status: 'pending',
        attempts: 1,
        nextAttemptAt: new Date(NOW.getTime() + base * 1000),
      });
      expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    }

    await sink.start();
    clock.advance(base * 1000 - 1000);
    expect(await drain(transport, clock.now)).toEqual([]); // not before its back-off
    clock.advance(1000);
    expect(await drain(transport, clock.now)).toEqual(['sent', 'sent', 'sent', 'sent']);
    clock.advance(3_600_000);
    await drain(transport, clock.now);
    for (const row of waiting) expect(countOf(row.id)).toBe(1);
  });

  it('dead-letters a message after its last attempt; an admin retry (audited) sends it once', async () => {
    const previous = process.env.OUTBOX_MAX_ATTEMPTS;
    process.env.OUTBOX_MAX_ATTEMPTS = '3';
    reloadEnv();
    try {
      await sink.stop();
      const clock = manualClock(NOW);
      const { id } = await bookOnline(slot(10, 9), NOW);
      const transport = smtpTransport(sink.url);
      for (let attempt = 1; attempt <= 3; attempt++) {
        await drain(transport, clock.now);
        clock.advance(3_600_000);
      }
      const confirmation = (await outboxOf(id)).find((r) => r.kind === 'confirmation')!;
      expect(confirmation).toMatchObject({ status: 'dead', attempts: 3, maxAttempts: 3 });

      await sink.start();
      clock.advance(24 * 3_600_000);
      await drain(transport, clock.now);
      expect(countOf(confirmation.id)).toBe(0); // dead stays dead until a person decides

      const desk = await makeStaff('front_desk');
      expect(
        await retryDeadMessage(desk.principal, { messageId: confirmation.id }, clock.now()),
      ).toMatchObject({ ok: false });
      const admin = await makeStaff('admin');
      expect(
        await retryDeadMessage(admin.principal, { messageId: confirmation.id }, clock.now()),
      ).toEqual({ ok: true, data: undefined });
      expect(
        await retryDeadMessage(admin.principal, { messageId: confirmation.id }, clock.now()),
      ).toMatchObject({ ok: false });
      await drain(transport, clock.now);
      expect(countOf(confirmation.id)).toBe(1);
      const audit = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'outbox.retry'), eq(auditLog.entityId, confirmation.id)));
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorStaffId: admin.user.id, entityType: 'message' });
    } finally {
      if (previous === undefined) delete process.env.OUTBOX_MAX_ATTEMPTS;
      else process.env.OUTBOX_MAX_ATTEMPTS = previous;
      reloadEnv();
      await sink.start().catch(() => undefined);
    }
  });

  it('dead-letters at once when the server refuses the recipient (5xx)', async () => {
    const { id } = await bookOnline(slot(11, 9), NOW, { email: 'no-such-mailbox@example.com' });
    sink.reject.add('no-such-mailbox@example.com');
    await drain(smtpTransport(sink.url), () => NOW);
    const rows = await outboxOf(id);
    expect(rows.find((r) => r.kind === 'confirmation')).toMatchObject({
      status: 'dead',
      attempts: 1,
    });
    expect(rows.find((r) => r.kind === 'confirmation')!.lastError).toMatch(
      /550|mailbox unavailable/,
    );
    expect(rows.find((r) => r.kind === 'clinic_new_booking')!.status).toBe('sent');
  });

  it('lets two racing workers deliver each message exactly once', async () => {
    const bookings = [];
    for (let hour = 9; hour < 15; hour++) bookings.push(await bookOnline(slot(12, hour), NOW));
    const ids = (await Promise.all(bookings.map((b) => outboxOf(b.id))))
      .flat()
      .filter((r) => r.kind !== 'reminder');
    const before = sink.received.length;
    const [one, two] = await Promise.all([
      drain(smtpTransport(sink.url), () => NOW),
      drain(smtpTransport(sink.url), () => NOW),
    ]);
    expect([...one, ...two].filter((o) => o === 'sent')).toHaveLength(ids.length);
    expect(sink.received.length - before).toBe(ids.length);
    for (const row of ids) expect(countOf(row.id)).toBe(1);
  });

  it('gives a message to exactly one of many concurrent claims', async () => {
    const { id } = await bookOnline(slot(12, 16), NOW);
    const confirmation = (await outboxOf(id)).find((r) => r.kind === 'confirmation')!;
    const claims = await Promise.all(
      Array.from({ length: 20 }, () => claimById(confirmation.id, NOW)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    const [batchA, batchB] = await Promise.all([claimDue(NOW, 50), claimDue(NOW, 50)]);
    const batchIds = [...batchA, ...batchB].map((r) => r.id);
    expect(new Set(batchIds).size).toBe(batchIds.length);
    expect(batchIds).not.toContain(confirmation.id);
    // Leave nothing claimed behind for the next test: finish these as a worker would.
    const transport = localMailboxTransport();
    for (const row of [claims.find(Boolean)!, ...batchA, ...batchB])
      await deliverClaimed(row, transport, () => NOW);
  });

  it('dead-letters a claim that lapsed mid-send (outcome unknown) instead of sending it again', async () => {
    const clock = manualClock(NOW);
    const { id } = await bookOnline(slot(13, 9), NOW);
    const claimed = await claimDue(clock.now(), 50); // a worker claims, then dies before sending
    expect(claimed.length).toBeGreaterThanOrEqual(2);
    clock.advance((outboxSettings().leaseSeconds + 1) * 1000);
    await drain(smtpTransport(sink.url), clock.now);
    for (const row of (await outboxOf(id)).filter((r) => r.kind !== 'reminder')) {
      expect(row.status).toBe('dead');
      expect(row.lastError).toMatch(/unknown whether/);
      expect(countOf(row.id)).toBe(0);
    }
  });

  it('records messages as delivered to the local mailbox without SMTP', async () => {
    const { id } = await bookOnline(slot(14, 9), NOW);
    await drain(localMailboxTransport(), () => NOW);
    const rows = (await outboxOf(id)).filter((r) => r.kind !== 'reminder');
    for (const row of rows) expect(row).toMatchObject({ status: 'sent', transport: 'local' });
    const [stored] = await db.select().from(outbox).where(eq(outbox.id, rows[0]!.id));
    expect(stored!.providerMessageId).toContain(rows[0]!.id);
  });

  it('deletes sent and voided messages after the retention period, and keeps dead ones for a person', async () => {
    const statuses = async () =>
      (await db.select({ status: outbox.status }).from(outbox)).map((r) => r.status);
    const before = await statuses();
    expect(before).toContain('sent');
    expect(before).toContain('dead');
    expect(await pruneFinishedMessages(new Date(NOW.getTime() + 364 * 86_400_000), 365)).toBe(0);
    expect(await pruneFinishedMessages(new Date(NOW.getTime() + 366 * 86_400_000), 0)).toBe(0); // 0 keeps everything
    const deleted = await pruneFinishedMessages(new Date(NOW.getTime() + 366 * 86_400_000), 365);
    expect(deleted).toBe(before.filter((s) => s === 'sent' || s === 'void').length);
    const after = await statuses();
    expect(after.filter((s) => s === 'dead')).toHaveLength(
      before.filter((s) => s === 'dead').length,
    );
    expect(after).not.toContain('sent');
  });
});

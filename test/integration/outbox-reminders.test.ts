import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { appointments } from '@/db/schema';
import { cancel } from '@/lib/appointments/cancel';
import { move } from '@/lib/appointments/move';
import { runOutboxOnce } from '@/lib/email/poller';
import { testDriver, isolateDatabase } from '../isolated-database';
import { bookOnline, manualClock, outboxOf, recordingTransport } from '../outbox-fixtures';
import { asStaff, makeStaff } from '../staff-fixtures';

const LINK = { kind: 'patient', via: 'manage_link' } as const;

isolateDatabase();

const NOW = new Date('2030-06-03T15:00:00Z'); // Monday 08:00 in Los Angeles (PDT)
const HOUR = 3_600_000;

/** Everything due at the clock's time, sent to a recorder; returns what went out. */
async function deliverDue(clock: () => Date) {
  const transport = recordingTransport();
  while ((await runOutboxOnce({ transport, clock })).claimed > 0);
  return transport.sent;
}

const remindersIn = (sent: Awaited<ReturnType<typeof deliverDue>>, to: string) =>
  sent.filter((m) => m.to === to && m.subject.startsWith('Reminder:'));

async function patientAddress(appointmentId: string) {
  const rows = await outboxOf(appointmentId);
  return rows.find((r) => r.kind === 'confirmation')!.recipient;
}

describe(`outbox reminders on a controlled clock (${testDriver()})`, () => {
  it('sends the reminder 24 hours before, not a second earlier, and only once', async () => {
    const start = '2030-06-05T09:00:00-07:00';
    const { id, token } = await bookOnline(start, NOW);
    const to = await patientAddress(id);
    const clock = manualClock(NOW);
    expect(remindersIn(await deliverDue(clock.now), to)).toHaveLength(0); // the confirmation goes now

    clock.set(new Date(Date.parse(start) - 24 * HOUR - 1000));
    expect(remindersIn(await deliverDue(clock.now), to)).toHaveLength(0);
    clock.advance(1000);
    const [reminder, ...more] = remindersIn(await deliverDue(clock.now), to);
    expect(more).toHaveLength(0);
    expect(reminder!.text).toContain('Wednesday 5 June 2030, 9:00 AM');
    expect(reminder!.text).toContain(`/book/manage/${token}`);
    expect(reminder!.invite).toBeNull();
    clock.advance(HOUR);
    expect(remindersIn(await deliverDue(clock.now), to)).toHaveLength(0);
    expect((await outboxOf(id)).find((r) => r.kind === 'reminder')).toMatchObject({
      status: 'sent',
      sentAt: new Date(Date.parse(start) - 24 * HOUR),
    });
  });

  it('removes the reminder when the patient cancels', async () => {
    const start = '2030-06-06T09:00:00-07:00';
    const { id, token } = await bookOnline(start, NOW);
    const to = await patientAddress(id);
    expect(await cancel(LINK, { manageToken: token }, {}, NOW)).toMatchObject({ ok: true });
    expect((await outboxOf(id)).find((r) => r.kind === 'reminder')).toMatchObject({
      status: 'void',
      lastError: 'appointment cancelled',
    });
    const clock = manualClock(new Date(Date.parse(start) - 23 * HOUR));
    const sent = await deliverDue(clock.now);
    expect(remindersIn(sent, to)).toHaveLength(0);
    // The confirmation was still unsent when the cancellation came: it no longer told the truth,
    // so only the cancellation goes out.
    expect(sent.filter((m) => m.to === to).map((m) => m.subject.split(':')[0])).toEqual([
      'Cancelled',
    ]);
    expect((await outboxOf(id)).find((r) => r.kind === 'confirmation')).toMatchObject({
      status: 'void',
      lastError: expect.stringMatching(/superseded/),
    });
  });

  it('moves the reminder when the patient reschedules', async () => {
    const first = '2030-06-07T09:00:00-07:00';
    const moved = '2030-06-08T11:00:00-07:00';
    const { id, token } = await bookOnline(first, NOW);
    const to = await patientAddress(id);
    expect(await move(LINK, { manageToken: token }, { start: moved }, NOW)).toMatchObject({
      ok: true,
    });
    const reminders = (await outboxOf(id)).filter((r) => r.kind === 'reminder');
    expect(reminders.map((r) => r.status).sort()).toEqual(['pending', 'void']);
    expect(reminders.find((r) => r.status === 'pending')!.nextAttemptAt).toEqual(
      new Date(Date.parse(moved) - 24 * HOUR),
    );

    const clock = manualClock(new Date(Date.parse(first) - 24 * HOUR));
    expect(remindersIn(await deliverDue(clock.now), to)).toHaveLength(0); // the old time passes quietly
    clock.set(new Date(Date.parse(moved) - 24 * HOUR));
    const [reminder, ...more] = remindersIn(await deliverDue(clock.now), to);
    expect(more).toHaveLength(0);
    expect(reminder!.text).toContain('Saturday 8 June 2030, 11:00 AM');
  });

  it('moves or removes the reminder when staff reschedule or cancel', async () => {
    const desk = await makeStaff('front_desk');
    const a = await bookOnline('2030-06-10T09:00:00-07:00', NOW);
    await deliverDue(() => NOW); // the confirmation has gone out: the move is news
    const moved = '2030-06-10T13:00:00-07:00';
    const result = await move(asStaff(desk), { appointmentId: a.id }, { start: moved }, NOW);
    expect(result.ok).toBe(true);
    const aReminders = (await outboxOf(a.id)).filter((r) => r.kind === 'reminder');
    expect(aReminders.find((r) => r.status === 'pending')!.nextAttemptAt).toEqual(
      new Date(Date.parse(moved) - 24 * HOUR),
    );
    expect(aReminders.filter((r) => r.status === 'void')).toHaveLength(1);
    const reschedule = (await outboxOf(a.id)).find((r) => r.kind === 'reschedule')!;
    expect(reschedule.manageTokenSealed).not.toBeNull(); // the patient's own link, carried over

    const b = await bookOnline('2030-06-11T09:00:00-07:00', NOW);
    expect(
      (await cancel(asStaff(desk), { appointmentId: b.id }, { reason: 'Clinic closed' }, NOW)).ok,
    ).toBe(true);
    expect(
      (await outboxOf(b.id)).filter((r) => r.kind === 'reminder').map((r) => r.status),
    ).toEqual(['void']);
  });

  it('voids, at delivery, a reminder whose appointment moved without a message or has already begun', async () => {
    const a = await bookOnline('2030-06-12T09:00:00-07:00', NOW);
    const b = await bookOnline('2030-06-12T10:00:00-07:00', NOW);
    // A change that bypassed the domain functions (a hand edit in the database).
    await db
      .update(appointments)
      .set({ startsAt: new Date('2030-06-12T16:30:00Z'), endsAt: new Date('2030-06-12T17:00:00Z') })
      .where(eq(appointments.id, a.id));
    // The worker was down all day: b's reminder is due only after b has started.
    const clock = manualClock('2030-06-12T17:05:00Z');
    const sent = await deliverDue(clock.now);
    expect(sent.filter((m) => m.subject.startsWith('Reminder:'))).toHaveLength(0);
    expect((await outboxOf(a.id)).find((r) => r.kind === 'reminder')).toMatchObject({
      status: 'void',
      lastError: 'appointment moved',
    });
    expect((await outboxOf(b.id)).find((r) => r.kind === 'reminder')).toMatchObject({
      status: 'void',
      lastError: 'appointment already started',
    });
  });

  it('schedules across the end of daylight saving time by the instant, and the invite parses back to it', async () => {
    const before = new Date('2026-10-28T15:00:00Z'); // Wednesday 08:00 PDT, before the clocks go back on 1 November
    const start = '2026-11-03T09:00:00-08:00'; // Tuesday 09:00 PST
    const { id } = await bookOnline(start, before);
    const rows = await outboxOf(id);
    const confirmation = rows.find((r) => r.kind === 'confirmation')!;
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(confirmation.ics!)).getFirstSubcomponent('vevent')!,
    );
    expect(event.startDate.toJSDate()).toEqual(new Date('2026-11-03T17:00:00Z'));
    expect(event.endDate.toJSDate()).toEqual(new Date('2026-11-03T17:30:00Z'));
    expect(confirmation.textBody).toContain('Tuesday 3 November 2026, 9:00 AM – 9:30 AM (PST)');
    expect(rows.find((r) => r.kind === 'reminder')!.nextAttemptAt).toEqual(
      new Date('2026-11-02T17:00:00Z'),
    );
  });
});

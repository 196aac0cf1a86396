import { randomUUID } from 'node:crypto';
import { eq, like, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sqlState } from '@/db/client';
import { appointments, outbox, patients } from '@/db/schema';
import { book } from '@/lib/appointments/book';
import { cancel } from '@/lib/appointments/cancel';
import { move } from '@/lib/appointments/move';
import { getBookingByToken } from '@/lib/appointments/online/by-token';
import { listOutbox } from '@/db/queries/outbox';
import { openManageLink } from '@/lib/security/seal';
import { eraseOutboxForPatient, enqueueAppointmentMessages } from '@/lib/email/outbox';
import { runOutboxOnce } from '@/lib/email/poller';
import {
  bookOnlineRequest,
  bookingBody,
  bookingContext,
  makeBookingFixtures,
} from '../booking-fixtures';
import { testDriver, isolateDatabase } from '../isolated-database';
import { bookOnline, kindsOf, outboxOf, recordingTransport } from '../outbox-fixtures';
import { asStaff, makeStaff } from '../staff-fixtures';

const LINK = { kind: 'patient', via: 'manage_link' } as const;

isolateDatabase();

const NOW = new Date('2030-05-06T15:00:00Z'); // Monday 08:00 in Los Angeles (PDT)
const MONDAY_11 = '2030-05-06T11:00:00-07:00'; // 3 hours away: inside the 24-hour reminder window
const WEDNESDAY_9 = '2030-05-08T09:00:00-07:00';
const WEDNESDAY_10 = '2030-05-08T10:00:00-07:00';

function parseInvite(ics: string | null) {
  if (!ics) throw new Error('expected an invite');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return { method: calendar.getFirstPropertyValue('method'), event };
}

async function rowsMentioning(text: string) {
  return db
    .select({ id: outbox.id })
    .from(outbox)
    .where(like(outbox.textBody, `%${text}%`));
}

describe(`outbox: messages are written with their change (${testDriver()})`, () => {
  it('writes exactly a confirmation, a reminder and the clinic notice for an online booking', async () => {
    const { id, token } = await bookOnline(WEDNESDAY_9, NOW);
    const rows = await outboxOf(id);
    expect(kindsOf(rows)).toEqual(['clinic_new_booking', 'confirmation', 'reminder']);
    const [confirmation, reminder, notice] = ['confirmation', 'reminder', 'clinic_new_booking'].map(
      (k) => rows.find((r) => r.kind === k)!,
    );

    expect(confirmation).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: NOW });
    expect(confirmation!.recipient).toMatch(/^robin-.*@example\.com$/);
    expect(parseInvite(confirmation!.ics).method).toBe('REQUEST');
    expect(reminder!.nextAttemptAt).toEqual(new Date(Date.parse(WEDNESDAY_9) - 24 * 3_600_000));
    expect(reminder!.remindFor).toEqual(new Date(WEDNESDAY_9));
    expect(reminder!.ics).toBeNull();
    expect(notice).toMatchObject({
      recipient: 'hello@larkfield-stride.example',
      manageTokenSealed: null,
      ics: null,
    });

    // The link is sealed, never stored in the clear, and opens only for its own appointment.
    for (const row of rows) expect(JSON.stringify(row)).not.toContain(token);
    expect(openManageLink(confirmation!.manageTokenSealed!, id)).toBe(token);
    expect(openManageLink(confirmation!.manageTokenSealed!, randomUUID())).toBeNull();
  });

  it('writes no reminder for a booking inside the reminder window', async () => {
    const { id } = await bookOnline(MONDAY_11, NOW);
    expect(kindsOf(await outboxOf(id))).toEqual(['clinic_new_booking', 'confirmation']);
  });

  it('writes nothing for a refused booking: slot taken, red flags, invalid input or a replay', async () => {
    const f = await makeBookingFixtures(db);
    const practitioner = f.practitioners[0]!.id;
    const first = await bookOnlineRequest(
      bookingBody(f, WEDNESDAY_9, { practitioner }),
      bookingContext(NOW),
    );
    if (!first.ok) throw new Error('first booking failed');
    const before = (await outboxOf(first.data.booking.id)).length;

    const tag = `Refused${randomUUID().slice(0, 8)}`;
    const name = `Pat ${tag}`;
    const taken = await bookOnlineRequest(
      bookingBody(f, WEDNESDAY_9, { practitioner, name }),
      bookingContext(NOW),
    );
    const flagged = await bookOnlineRequest(
      bookingBody(f, WEDNESDAY_10, { name, redFlags: ['chest_pain'] }),
      bookingContext(NOW),
    );
    const invalid = await bookOnlineRequest(
      bookingBody(f, WEDNESDAY_10, { name, email: 'not-an-address' }),
      bookingContext(NOW),
    );
    const body = bookingBody(f, WEDNESDAY_10, { name });
    const ctx = bookingContext(NOW);
    const once = await bookOnlineRequest(body, ctx);
    const replay = await bookOnlineRequest(body, ctx);
    expect([taken, flagged, invalid].map((r) => (r.ok ? 'ok' : r.code))).toEqual([
      'slot_taken',
      'red_flags',
      'invalid',
    ]);
    expect(replay).toMatchObject({ ok: true, data: { replayed: true } });

    // Only the one real booking among them wrote messages, once: its patient message and the notice.
    expect((await rowsMentioning(tag)).length).toBe(1); // the clinic notice names the patient
    if (!once.ok) throw new Error('expected the booking to succeed');
    expect(kindsOf(await outboxOf(once.data.booking.id))).toEqual([
      'clinic_new_booking',
      'confirmation',
      'reminder',
    ]);
    expect((await outboxOf(first.data.booking.id)).length).toBe(before);
  });

  it('keeps change and messages together: a rolled-back change leaves no message, an unwritable message stops the change', async () => {
    const { id, token } = await bookOnline(WEDNESDAY_9, NOW);
    const count = (await outboxOf(id)).length;
    await expect(
      db.transaction(async (tx) => {
        await enqueueAppointmentMessages(tx, { kind: 'reschedule', appointmentId: id, now: NOW });
        throw new Error('the change failed after its messages were written');
      }),
    ).rejects.toThrow('the change failed');
    expect((await outboxOf(id)).length).toBe(count);

    // A patient address that would smuggle in a second recipient: the cancellation is refused whole.
    const [appt] = await db
      .select({ patientId: appointments.patientId })
      .from(appointments)
      .where(eq(appointments.id, id));
    await db
      .update(patients)
      .set({ email: 'a@b.com, c@d.com' })
      .where(eq(patients.id, appt!.patientId));
    await expect(cancel(LINK, { manageToken: token }, {}, NOW)).rejects.toThrow(
      /refused recipient/,
    );
    const [still] = await db
      .select({ status: appointments.status })
      .from(appointments)
      .where(eq(appointments.id, id));
    expect(still!.status).toBe('booked');
    expect((await outboxOf(id)).length).toBe(count);
  });

  it('refuses header injection in a recipient, in the database too', async () => {
    const f = await makeBookingFixtures(db);
    for (const email of ['a@b.com\r\nBcc: x@y.com', 'a@b.com, c@d.com', 'a@b.com;c@d.com']) {
      const result = await bookOnlineRequest(
        bookingBody(f, WEDNESDAY_9, { email }),
        bookingContext(NOW),
      );
      expect(result).toMatchObject({ ok: false, code: 'invalid' });
    }
    for (const recipient of [
      'a@b.com\r\nBcc: x@y.com',
      'a@b.com, c@d.com',
      'a@b.com;c@d.com',
      'Robin <a@b.com>',
    ]) {
      const error = await db
        .insert(outbox)
        .values({
          kind: 'reminder',
          recipient,
          subject: 's',
          textBody: 't',
          htmlBody: 'h',
          maxAttempts: 1,
          nextAttemptAt: NOW,
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(sqlState(error)).toBe('23514');
    }
  });

  it("escapes the patient's own words in the HTML part and shows them as typed in the text part", async () => {
    const f = await makeBookingFixtures(db);
    const body = bookingBody(f, WEDNESDAY_9, { name: 'Robin <img src=x onerror=alert(1)>' });
    body.patient.reason = '<script>alert("hi")</script> & <b>sore</b>';
    const result = await bookOnlineRequest(body, bookingContext(NOW));
    if (!result.ok) throw new Error('booking failed');
    const rows = await outboxOf(result.data.booking.id);
    const confirmation = rows.find((r) => r.kind === 'confirmation')!;
    expect(confirmation.htmlBody).toContain(
      '&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; &lt;b&gt;sore&lt;/b&gt;',
    );
    expect(confirmation.textBody).toContain('<script>alert("hi")</script> & <b>sore</b>');
    for (const row of rows) {
      expect(row.htmlBody).not.toMatch(/<script|<img|<b>/i);
    }
    expect(rows.find((r) => r.kind === 'clinic_new_booking')!.htmlBody).toContain(
      'Robin &lt;img src=x onerror=alert(1)&gt;',
    );
  });

  it("delivers the patient's own manage link, which opens their booking, and nobody else's data", async () => {
    const f = await makeBookingFixtures(db);
    const practitioner = f.practitioners[0]!.id;
    const mine = await bookOnlineRequest(
      bookingBody(f, WEDNESDAY_9, { practitioner, name: 'Ada Mine' }),
      bookingContext(NOW),
    );
    const theirs = await bookOnlineRequest(
      bookingBody(f, WEDNESDAY_10, { practitioner, name: 'Bea Theirs' }),
      bookingContext(NOW),
    );
    if (!mine.ok || !theirs.ok) throw new Error('bookings failed');
    const transport = recordingTransport();
    while ((await runOutboxOnce({ transport, clock: () => NOW })).claimed > 0);

    const messages = transport.sent.filter(
      (m) => m.text.includes('Ada Mine') || m.text.includes('Hello Ada'),
    );
    const confirmation = messages.find((m) => m.subject.startsWith('Booked:'))!;
    const url = /https?:\/\/\S+\/book\/manage\/([A-Za-z0-9_-]{43})/.exec(confirmation.text);
    expect(url?.[1]).toBe(mine.data.manageToken);
    expect(confirmation.html).toContain(`href="${url![0]}"`);
    expect((await getBookingByToken(url![1]!, { now: NOW }))?.id).toBe(mine.data.booking.id);
    const patientMail = transport.sent.filter((m) => m.to !== 'hello@larkfield-stride.example');
    for (const m of patientMail.filter((x) => x.text.includes('Hello Ada'))) {
      expect(`${m.text}${m.html}${m.invite?.content ?? ''}`).not.toMatch(/Bea|Theirs/);
      expect(m.text).not.toContain(theirs.data.manageToken);
    }
  });

  it('makes a staff booking send a confirmation with a new manage link, and no clinic notice', async () => {
    const f = await makeBookingFixtures(db);
    const desk = await makeStaff('front_desk');
    const [patient] = await db
      .insert(patients)
      .values({
        name: 'Phone Caller',
        email: `caller-${f.tag}@example.com`,
        phone: '+1 503-555-0199',
      })
      .returning();
    const result = await book(
      asStaff(desk),
      {
        patient: { id: patient!.id },
        service: f.service.slug,
        practitioner: f.practitioners[0]!.id,
        start: WEDNESDAY_9,
      },
      { now: NOW },
    );
    if (!result.ok) throw new Error('staff booking failed');
    const rows = await outboxOf(result.data.appointmentId);
    expect(kindsOf(rows)).toEqual(['confirmation', 'reminder']);
    const confirmation = rows.find((r) => r.kind === 'confirmation')!;
    const token = openManageLink(confirmation.manageTokenSealed!, result.data.appointmentId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await getBookingByToken(token!, { now: NOW }))?.id).toBe(result.data.appointmentId);
  });

  it('sends METHOD:CANCEL with the same UID and a higher SEQUENCE after a reschedule, and voids the reminder', async () => {
    const { id, token } = await bookOnline(WEDNESDAY_9, NOW);
    // The worker keeps up: each message has gone out before the next change.
    const sendDue = async (at: Date) => {
      const transport = recordingTransport();
      while ((await runOutboxOnce({ transport, clock: () => at })).claimed > 0);
    };
    await sendDue(NOW);
    const later = new Date(NOW.getTime() + 60_000);
    expect(await move(LINK, { manageToken: token }, { start: WEDNESDAY_10 }, later)).toMatchObject({
      ok: true,
    });
    await sendDue(later);
    const desk = await makeStaff('front_desk');
    const cancelled = await cancel(
      asStaff(desk),
      { appointmentId: id },
      { reason: 'Practitioner unwell' },
      later,
    );
    expect(cancelled.ok).toBe(true);

    const rows = await outboxOf(id);
    const invites = ['confirmation', 'reschedule', 'cancellation'].map((k) =>
      parseInvite(rows.find((r) => r.kind === k)!.ics),
    );
    expect(invites.map((i) => i.method)).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
    expect(new Set(invites.map((i) => i.event.uid)).size).toBe(1);
    expect(invites[0]!.event.uid).toBe(`${id}@larkfield-stride.example`);
    const sequences = invites.map((i) => i.event.sequence);
    expect(sequences[1]).toBeGreaterThan(sequences[0]!);
    expect(sequences[2]).toBeGreaterThan(sequences[1]!);
    expect(invites[1]!.event.startDate.toJSDate()).toEqual(new Date(WEDNESDAY_10));
    expect(invites[2]!.event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    // The staff member's reason may mention health: it never reaches the patient's e-mail.
    expect(rows.find((r) => r.kind === 'cancellation')!.textBody).not.toContain('unwell');
    const reminders = rows.filter((r) => r.kind === 'reminder');
    expect(reminders.map((r) => r.status).sort()).toEqual(['void', 'void']);
  });

  it("removes a patient's messages when the patient is erased", async () => {
    const { id } = await bookOnline(WEDNESDAY_9, NOW);
    const [appt] = await db
      .select({ patientId: appointments.patientId })
      .from(appointments)
      .where(eq(appointments.id, id));
    const patientId = appt!.patientId;
    expect((await db.select().from(outbox).where(eq(outbox.patientId, patientId))).length).toBe(3);
    expect(await eraseOutboxForPatient(db, patientId)).toBe(3);

    const again = await bookOnline(WEDNESDAY_10, NOW);
    const [other] = await db
      .select({ patientId: appointments.patientId })
      .from(appointments)
      .where(eq(appointments.id, again.id));
    await db.transaction(async (tx) => {
      await tx.delete(appointments).where(eq(appointments.patientId, other!.patientId));
      await tx.delete(patients).where(eq(patients.id, other!.patientId));
    });
    const [left] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(eq(outbox.patientId, other!.patientId));
    expect(left!.n).toBe(0);
  });

  it("finds a recipient's messages for the dashboard, with LIKE wildcards taken literally", async () => {
    const { id } = await bookOnline(WEDNESDAY_9, NOW, {
      email: `find_me-${randomUUID().slice(0, 6)}@example.com`,
    });
    const recipient = (await outboxOf(id)).find((r) => r.kind === 'confirmation')!.recipient;
    const found = await listOutbox({ status: 'all', page: 1, recipient: recipient.toUpperCase() });
    expect(found.rows.map((r) => r.kind).sort()).toEqual(['confirmation', 'reminder']);
    expect(found).toMatchObject({ total: 2, all: 2, byStatus: { pending: 2 } });
    expect((await listOutbox({ status: 'sent', page: 1, recipient })).total).toBe(0);
    expect((await listOutbox({ status: 'all', page: 1, recipient: 'find%me' })).total).toBe(0);
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { appointments, idempotencyKeys, patients } from '@/db/schema';
import { hashManageToken } from '@/lib/appointments/online/manage-token';
import {
  bookOnlineRequest,
  bookingBody,
  bookingContext,
  makeBookingFixtures,
} from '../booking-fixtures';

const NOW = new Date('2030-03-04T16:00:00Z'); // Monday 08:00 in Los Angeles
const SLOT = '2030-03-05T09:00:00-08:00';

async function rowsFor(practitionerId: string) {
  return db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      hash: appointments.manageTokenHash,
      intake: appointments.intake,
    })
    .from(appointments)
    .where(eq(appointments.practitionerId, practitionerId));
}

describe(`book, online (${dbHandle().driver})`, () => {
  it('books a free slot, stores only the token hash and returns the patient view', async () => {
    const f = await makeBookingFixtures(db);
    const result = await bookOnlineRequest(
      bookingBody(f, SLOT, { practitioner: f.practitioners[0]!.id }),
      bookingContext(NOW),
    );
    if (!result.ok) throw new Error(`expected ok, got ${result.code}`);
    expect(result.data.replayed).toBe(false);
    expect(result.data.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.data.booking).toMatchObject({
      status: 'booked',
      start: '2030-03-05T09:00:00-08:00',
      end: '2030-03-05T09:30:00-08:00',
      timeZone: 'America/Los_Angeles',
      patientFirstName: 'Robin',
      canChange: true,
      practitioner: { id: f.practitioners[0]!.id },
    });
    const rows = await rowsFor(f.practitioners[0]!.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hash).toBe(hashManageToken(result.data.manageToken!));
    expect(rows[0]!.intake).toMatchObject({ painAreas: ['lower_back'], patientType: 'returning' });
  });

  it('answers the same key and body with the same booking and token, in sequence', async () => {
    const f = await makeBookingFixtures(db);
    const body = bookingBody(f, SLOT);
    const ctx = bookingContext(NOW);
    const first = await bookOnlineRequest(body, ctx);
    // A re-ordered body with another spelling of the same instant is the same request.
    const again = await bookOnlineRequest(
      { ...body, start: '2030-03-05T17:00:00Z' },
      { ...ctx, clientAddress: 'elsewhere' },
    );
    if (!first.ok || !again.ok) throw new Error('expected both ok');
    expect(again.data.replayed).toBe(true);
    expect(again.data.manageToken).toBe(first.data.manageToken);
    expect(again.data.booking.id).toBe(first.data.booking.id);
    expect(await rowsFor(f.practitioners[0]!.id)).toHaveLength(1);
  });

  it('answers parallel requests with one key with one booking and one token', async () => {
    const f = await makeBookingFixtures(db);
    const body = bookingBody(f, SLOT);
    const ctx = bookingContext(NOW);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => bookOnlineRequest(body, ctx)),
    );
    const tokens = new Set(results.map((r) => (r.ok ? r.data.manageToken : r.code)));
    expect(tokens.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.data.replayed)).toHaveLength(1);
    expect(await rowsFor(f.practitioners[0]!.id)).toHaveLength(1);
  });

  it('refuses the same key with a different body', async () => {
    const f = await makeBookingFixtures(db);
    const ctx = bookingContext(NOW);
    expect((await bookOnlineRequest(bookingBody(f, SLOT), ctx)).ok).toBe(true);
    const other = await bookOnlineRequest(bookingBody(f, '2030-03-05T10:00:00-08:00'), ctx);
    expect(other).toMatchObject({ ok: false, code: 'idempotency_mismatch' });
    expect(await rowsFor(f.practitioners[0]!.id)).toHaveLength(1);
  });

  it('writes nothing when a red flag is ticked', async () => {
    const f = await makeBookingFixtures(db);
    const body = bookingBody(f, SLOT, { redFlags: ['bladder_bowel'] });
    const result = await bookOnlineRequest(body, bookingContext(NOW));
    expect(result).toMatchObject({ ok: false, code: 'red_flags' });
    expect(await rowsFor(f.practitioners[0]!.id)).toHaveLength(0);
    expect(
      await db.select().from(patients).where(eq(patients.email, body.patient.email)),
    ).toHaveLength(0);
  });

  it('matches an existing patient by e-mail and name, ignoring case, without rewriting their record', async () => {
    const f = await makeBookingFixtures(db);
    const email = `case-${f.tag}@example.com`;
    const [existing] = await db
      .insert(patients)
      .values({ name: 'Robin Runner', email, phone: '+1 503-555-0000' })
      .returning();
    const body = bookingBody(f, SLOT, { email: email.toUpperCase(), name: 'robin runner' });
    const result = await bookOnlineRequest(body, bookingContext(NOW));
    expect(result.ok).toBe(true);
    const [row] = await db
      .select({
        patientId: appointments.patientId,
        patientName: appointments.patientName,
        patientPhone: appointments.patientPhone,
      })
      .from(appointments)
      .where(eq(appointments.practitionerId, f.practitioners[0]!.id));
    expect(row!.patientId).toBe(existing!.id);
    // The record is not rewritten by an anonymous form; the booking keeps what was typed.
    const [after] = await db.select().from(patients).where(eq(patients.id, existing!.id));
    expect(after).toMatchObject({ name: 'Robin Runner', phone: '+1 503-555-0000' });
    // … in the one stored format for phones (E.164).
    expect(row).toMatchObject({ patientName: 'robin runner', patientPhone: '+15035550123' });
  });

  it('reports field errors by dotted path and unknown keys as a form error', async () => {
    const f = await makeBookingFixtures(db);
    const body = bookingBody(f, SLOT);
    const result = await bookOnlineRequest(
      { ...body, extra: 1, patient: { ...body.patient, email: 'nope' } },
      bookingContext(NOW),
    );
    if (result.ok || result.code !== 'invalid') throw new Error('expected invalid');
    expect(result.fieldErrors['patient.email']).toEqual([
      'Enter an e-mail address like name@example.com.',
    ]);
    expect(result.formError).toMatch(/extra/);
  });

  it('sends new patients to the consultation first for services that need one', async () => {
    const f = await makeBookingFixtures(db, { service: { requiresConsultation: true } });
    const refused = await bookOnlineRequest(
      bookingBody(f, SLOT, { patientType: 'new' }),
      bookingContext(NOW),
    );
    if (refused.ok || refused.code !== 'invalid') throw new Error('expected invalid');
    expect(refused.fieldErrors['patient.patientType']?.[0]).toMatch(/consultation/);
    const returning = await bookOnlineRequest(
      bookingBody(f, SLOT, { patientType: 'returning' }),
      bookingContext(NOW),
    );
    expect(returning.ok).toBe(true);
  });

  it('offers the next open times, from the asked time on, when the slot is taken', async () => {
    const f = await makeBookingFixtures(db, { service: { bufferAfterMinutes: 15 } });
    const practitioner = f.practitioners[0]!.id;
    expect(
      (await bookOnlineRequest(bookingBody(f, SLOT, { practitioner }), bookingContext(NOW))).ok,
    ).toBe(true);
    const taken = await bookOnlineRequest(
      bookingBody(f, SLOT, { practitioner }),
      bookingContext(NOW),
    );
    if (taken.ok || taken.code !== 'slot_taken') throw new Error('expected slot_taken');
    // 09:00–09:30 plus a 15-minute buffer: the next start is 09:45.
    expect(taken.alternatives.map((s) => s.start)).toEqual([
      '2030-03-05T09:45:00-08:00',
      '2030-03-05T10:00:00-08:00',
      '2030-03-05T10:15:00-08:00',
      '2030-03-05T10:30:00-08:00',
      '2030-03-05T10:45:00-08:00',
      '2030-03-05T11:00:00-08:00',
    ]);
    expect(new Set(taken.alternatives.map((s) => s.practitionerId))).toEqual(
      new Set([practitioner]),
    );
  });

  it('refuses a time off the grid, too soon or outside hours as not bookable, saying why', async () => {
    const f = await makeBookingFixtures(db);
    for (const [start, reason, words] of [
      ['2030-03-05T09:07:00-08:00', 'off_grid', /every 15 minutes/],
      ['2030-03-04T09:00:00-08:00', 'too_soon', /2 hours’ notice/],
      ['2030-03-04T07:00:00-08:00', 'past', /already passed/],
      ['2030-03-05T20:00:00-08:00', 'outside_hours', /outside working hours/],
      ['2030-06-05T09:00:00-07:00', 'beyond_horizon', /60 days in advance/],
    ] as const) {
      const ctx = bookingContext(NOW);
      const result = await bookOnlineRequest(bookingBody(f, start), ctx);
      expect(result, start).toMatchObject({
        ok: false,
        code: 'not_bookable',
        reason,
        formError: expect.stringMatching(words),
      });
      if (!result.ok && result.code === 'not_bookable' && reason !== 'beyond_horizon')
        expect(result.alternatives.length).toBeGreaterThan(0);
      // A refused attempt leaves no idempotency row, so the key can be reused for another time.
      expect(
        await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, ctx.idempotencyKey)),
      ).toHaveLength(0);
    }
  });

  it('limits booking attempts per client address', async () => {
    const f = await makeBookingFixtures(db);
    const ctx = bookingContext(NOW);
    const codes = [];
    for (let i = 0; i < 11; i++) {
      const result = await bookOnlineRequest(bookingBody(f, '2030-03-04T08:00:00-08:00'), {
        ...ctx,
        idempotencyKey: `rl-${f.tag}-${i}`,
      });
      codes.push(result.ok ? 'ok' : result.code);
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('not_bookable'));
    expect(codes[10]).toBe('rate_limited');
  });
});

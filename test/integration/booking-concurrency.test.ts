import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import type { Booked } from '@/lib/appointments/book';
import type { Result } from '@/lib/appointments/result';
import { appointments, patients } from '@/db/schema';
import { lockPractitionerDiary } from '@/lib/appointments/writer/diary-lock';
import {
  bookOnlineRequest,
  bookingBody,
  bookingContext,
  makeBookingFixtures,
} from '../booking-fixtures';

// On PGlite (one connection) these still check the logic; the races are real only on PostgreSQL.
const NOW = new Date('2030-04-01T15:00:00Z'); // Monday 08:00 in Los Angeles (PDT)
const SLOT = '2030-04-02T10:00:00-07:00';

const codes = (results: Result<Booked>[]) => results.map((r) => (r.ok ? 'ok' : r.code));

describe(`concurrent bookings (${dbHandle().driver})`, () => {
  it('lets exactly one of 50 parallel bookings of one slot through', async () => {
    const f = await makeBookingFixtures(db);
    const practitioner = f.practitioners[0]!.id;
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        bookOnlineRequest(bookingBody(f, SLOT, { practitioner }), bookingContext(NOW)),
      ),
    );
    const elapsed = performance.now() - started;
    expect(codes(results).filter((c) => c === 'ok')).toHaveLength(1);
    const losers = results.filter((r) => !r.ok);
    expect(losers).toHaveLength(49);
    for (const loser of losers) {
      if (loser.code !== 'slot_taken') throw new Error(`unexpected ${loser.code}`);
      expect(loser.alternatives).toHaveLength(6);
      expect(loser.alternatives.every((s) => Date.parse(s.start) > Date.parse(SLOT))).toBe(true);
    }
    const rows = await db
      .select()
      .from(appointments)
      .where(eq(appointments.practitionerId, practitioner));
    expect(rows).toHaveLength(1);
    // Queueing on the advisory lock, not deadlock detection (1 s per victim), decides the race.
    expect(elapsed).toBeLessThan(15_000);
  });

  it('files a new patient’s simultaneous first bookings under one record', async () => {
    const f = await makeBookingFixtures(db, { practitioners: 2 });
    const email = `twice-${f.tag}@example.com`;
    // Two tabs, two practitioners, one new patient: both insert the patient in parallel; the
    // loser of that insert starts its transaction again and finds the winner's row.
    const results = await Promise.all(
      f.practitioners
        .slice(0, 2)
        .map((p) =>
          bookOnlineRequest(
            bookingBody(f, SLOT, { practitioner: p.id, email, name: 'Tess Twice' }),
            bookingContext(NOW),
          ),
        ),
    );
    expect(codes(results)).toEqual(['ok', 'ok']);
    const rows = await db
      .select({ patientId: appointments.patientId })
      .from(appointments)
      .where(
        inArray(
          appointments.practitionerId,
          f.practitioners.slice(0, 2).map((p) => p.id),
        ),
      );
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.patientId)).size).toBe(1);
    const [{ n }] = (await db
      .select({ n: sql<number>`count(*)::int` })
      .from(patients)
      .where(eq(patients.email, email))) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('waits for whoever holds the practitioner’s diary lock before deciding', async () => {
    const f = await makeBookingFixtures(db);
    const practitioner = f.practitioners[0]!.id;
    let settled = false;
    let booking: Promise<Result<Booked>> | undefined;
    await db.transaction(async (tx) => {
      await lockPractitionerDiary(tx, practitioner);
      booking = bookOnlineRequest(bookingBody(f, SLOT, { practitioner }), bookingContext(NOW));
      void booking.finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(settled).toBe(false);
    });
    expect((await booking!).ok).toBe(true);
  });

  it('gives parallel "first available" bookings of one start to different practitioners', async () => {
    const f = await makeBookingFixtures(db, { practitioners: 3 });
    const ids = f.practitioners.map((p) => p.id);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => bookOnlineRequest(bookingBody(f, SLOT), bookingContext(NOW))),
    );
    expect(codes(results).sort()).toEqual(['ok', 'ok', 'ok', 'slot_taken', 'slot_taken']);
    const rows = await db
      .select({ practitionerId: appointments.practitionerId })
      .from(appointments)
      .where(inArray(appointments.practitionerId, ids));
    expect(new Set(rows.map((r) => r.practitionerId))).toEqual(new Set(ids));
  });

  it('books "first available" with the practitioner the slot list showed: least busy that day, then smallest id', async () => {
    const f = await makeBookingFixtures(db, { practitioners: 2 });
    const [a, b] = [...f.practitioners].sort((x, y) => (x.id < y.id ? -1 : 1));
    // The smaller id gets the first booking; with one visit that day it then yields to the other.
    const first = await bookOnlineRequest(
      bookingBody(f, '2030-04-02T13:00:00-07:00'),
      bookingContext(NOW),
    );
    const second = await bookOnlineRequest(bookingBody(f, SLOT), bookingContext(NOW));
    if (!first.ok || !second.ok) throw new Error('expected both ok');
    expect(first.data.booking.practitioner.id).toBe(a!.id);
    expect(second.data.booking.practitioner.id).toBe(b!.id);
  });

  it('keeps one booking when the same key races with itself 20 times', async () => {
    const f = await makeBookingFixtures(db, { practitioners: 2 });
    const body = bookingBody(f, SLOT);
    const ctx = bookingContext(NOW);
    // Each copy comes from its own address: in-flight duplicates count towards the rate limit
    // (only replays of a committed booking are free), and this test is about the database path.
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        bookOnlineRequest(body, { ...ctx, clientAddress: `${ctx.clientAddress}-${i}` }),
      ),
    );
    expect(codes(results)).toEqual(Array(20).fill('ok'));
    expect(new Set(results.map((r) => (r.ok ? r.data.manageToken : '')))).toHaveProperty('size', 1);
    expect(results.filter((r) => r.ok && !r.data.replayed)).toHaveLength(1);
    const rows = await db
      .select()
      .from(appointments)
      .where(
        inArray(
          appointments.practitionerId,
          f.practitioners.map((p) => p.id),
        ),
      );
    expect(rows).toHaveLength(1);
  });
});

import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { loadPolicyAndService } from '@/db/queries/availability';
import { appointments, auditLog, patients } from '@/db/schema';
import { bookSeriesInTransaction, type SeriesVisit } from '@/lib/appointments/book-series';
import { inDiaryQueues } from '@/lib/appointments/writer/diary-queue';
import {
  bookingBody,
  bookingContext,
  bookOnlineRequest,
  makeBookingFixtures,
} from '../booking-fixtures';
import { asStaff, makeStaff } from '../staff-fixtures';

// The guarded writer inside a caller's transaction, for several visits at once (care plans).
const NOW = new Date('2030-12-02T16:00:00Z'); // Monday 08:00 PST
const at = (day: number, hour: number) =>
  new Date(`2030-12-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00-08:00`);

async function setUp(practitioners = 1) {
  const f = await makeBookingFixtures(db, { practitioners });
  const { policy, service } = await loadPolicyAndService(f.service.slug);
  const [patient] = await db
    .insert(patients)
    .values({ name: 'Series Patient', email: null, phone: '+1 503-555-0180' })
    .returning({ id: patients.id });
  const desk = await makeStaff('front_desk');
  return { f, policy, service: service!, patientId: patient!.id, actor: asStaff(desk) };
}

const rowsOf = (practitionerId: string) =>
  db.select().from(appointments).where(eq(appointments.practitionerId, practitionerId));

describe(`booking a series in one transaction (${dbHandle().driver})`, () => {
  it('books every visit, each audited, when all are open', async () => {
    const { f, policy, service, patientId, actor } = await setUp();
    const p = f.practitioners[0]!.id;
    const visits: SeriesVisit[] = [3, 5, 10].map((d) => ({
      practitionerId: p,
      service,
      start: at(d, 9),
    }));
    const outcome = await db.transaction((tx) =>
      bookSeriesInTransaction(tx, actor, { patientId, visits, policy, now: NOW }),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.conflicts));
    expect(outcome.appointmentIds).toHaveLength(3);
    expect((await rowsOf(p)).map((r) => r.startsAt.getTime()).sort()).toEqual(
      [3, 5, 10].map((d) => at(d, 9).getTime()),
    );
    const audit = await db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.entityId, outcome.appointmentIds));
    expect(audit.map((a) => a.action)).toEqual(Array(3).fill('appointment.create'));
  });

  it('books none when one visit is taken, and reports which', async () => {
    const { f, policy, service, patientId, actor } = await setUp();
    const p = f.practitioners[0]!.id;
    const taken = await bookOnlineRequest(
      bookingBody(f, '2030-12-05T09:00:00-08:00', { practitioner: p }),
      bookingContext(NOW),
    );
    expect(taken.ok).toBe(true);
    const visits: SeriesVisit[] = [3, 5, 10].map((d) => ({
      practitionerId: p,
      service,
      start: at(d, 9),
    }));
    const outcome = await db.transaction((tx) =>
      bookSeriesInTransaction(tx, actor, { patientId, visits, policy, now: NOW }),
    );
    expect(outcome).toEqual({ ok: false, conflicts: [{ index: 1, reason: 'conflict' }] });
    expect(await rowsOf(p)).toHaveLength(1); // only the other patient's booking
  });

  it('refuses visits of one series that overlap each other', async () => {
    const { f, policy, service, patientId, actor } = await setUp();
    const p = f.practitioners[0]!.id;
    const visits: SeriesVisit[] = [
      { practitionerId: p, service, start: at(4, 9) },
      { practitionerId: p, service, start: new Date(at(4, 9).getTime() + 15 * 60_000) },
    ];
    const outcome = await db.transaction((tx) =>
      bookSeriesInTransaction(tx, actor, { patientId, visits, policy, now: NOW }),
    );
    expect(outcome).toEqual({ ok: false, conflicts: [{ index: 1, reason: 'conflict' }] });
    expect(await rowsOf(p)).toHaveLength(0);
  });

  it('lets two series over the same diaries, named in opposite orders, finish without deadlock', async () => {
    const { f, policy, service, patientId, actor } = await setUp(2);
    const [p1, p2] = f.practitioners.map((p) => p.id) as [string, string];
    const series = (first: string, second: string, hour: number): SeriesVisit[] => [
      { practitionerId: first, service, start: at(11, hour) },
      { practitionerId: second, service, start: at(12, hour) },
    ];
    const run = (visits: SeriesVisit[]) =>
      inDiaryQueues(
        visits.map((v) => v.practitionerId),
        () =>
          db.transaction((tx) =>
            bookSeriesInTransaction(tx, actor, { patientId, visits, policy, now: NOW }),
          ),
      );
    const outcomes = await Promise.all([
      run(series(p1, p2, 9)),
      run(series(p2, p1, 10)),
      run(series(p1, p2, 9)), // the same times as the first: exactly one of the two gets them
    ]);
    expect(outcomes.map((o) => o.ok).sort()).toEqual([false, true, true]);
    expect((await rowsOf(p1)).length + (await rowsOf(p2)).length).toBe(4);
  });
});

import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { appointmentNotes, appointments, auditLog, patients, timeOff } from '@/db/schema';
import { book } from '@/lib/appointments/book';
import { cancel } from '@/lib/appointments/cancel';
import { move } from '@/lib/appointments/move';
import { addClinicalNote } from '@/lib/appointments/notes';
import { refusedWith } from '@/lib/appointments/result';
import { setStatus } from '@/lib/appointments/set-status';
import { loadAppointmentDetail } from '@/lib/appointments/views/detail';
import { createPatient } from '@/lib/patients/create';
import { loadDaySchedule, loadWeekSchedule } from '@/lib/appointments/views/schedule-view';
import { addClosure } from '@/lib/appointments/closures';
import { addTimeOff, removeTimeOff } from '@/lib/appointments/time-off';
import { cancelAppointmentSchema } from '@/lib/validations/appointments';
import { lockPractitionerDiary } from '@/lib/appointments/writer/diary-lock';
import { getAvailability } from '@/lib/appointments/open-times';
import {
  bookOnlineRequest,
  bookingBody,
  bookingContext,
  makeBookingFixtures,
} from '../booking-fixtures';
import { asStaff, makeStaff } from '../staff-fixtures';

// Domain functions take the principal (built by validateStaffSession from real staff_users rows)
// and an explicit clock. On PGlite races run one after the other; on PostgreSQL they are real.
const TZ = 'America/Los_Angeles';
const NOW = new Date('2030-06-03T15:00:00Z'); // Monday 08:00 PDT
const at = (local: string) =>
  DateTime.fromISO(local, { zone: TZ }).toISO({ suppressMilliseconds: true })!;
const REASON_TEXT = 'Sore lower back after long runs.'; // typed by the patient in bookingBody

type Staff = Awaited<ReturnType<typeof makeStaff>>;
const refusedSlotTaken = (r: { ok: boolean }) => refusedWith(r, 'slot_taken');
const refusedConflicts = (r: { ok: boolean }) => refusedWith(r, 'conflicts');
let f: Awaited<ReturnType<typeof makeBookingFixtures>>;
let A: string;
let B: string;
let admin: Staff;
let desk: Staff;
let drA: Staff;
let drB: Staff;
/** Everything patient-identifying or free text used here: none of it may reach the audit log. */
const secrets: string[] = [REASON_TEXT];

beforeAll(async () => {
  f = await makeBookingFixtures(db, { practitioners: 2 });
  [A, B] = f.practitioners.map((p) => p.id) as [string, string];
  admin = await makeStaff('admin');
  desk = await makeStaff('front_desk');
  drA = await makeStaff('practitioner', { practitionerId: A });
  drB = await makeStaff('practitioner', { practitionerId: B });
});

async function newPatient() {
  const tag = randomUUID().slice(0, 8);
  const [row] = await db
    .insert(patients)
    .values({
      name: `Pat ${tag}`,
      email: `pat-${tag}@example.com`,
      phone: `+1 503-555-${tag.slice(0, 4).replace(/\D/g, '1')}`,
    })
    .returning();
  secrets.push(row!.name, row!.email!, row!.phone);
  return row!;
}

async function staffBook(start: string, practitioner: string | null = A, by: Staff = desk) {
  const patient = await newPatient();
  const result = await book(
    asStaff(by),
    { patient: { id: patient.id }, service: f.service.slug, practitioner, start },
    { now: NOW },
  );
  if (!result.ok) throw new Error(`staff booking failed: ${result.formError}`);
  return { id: result.data.appointmentId, patient, practitionerId: result.data.practitionerId };
}

/** An online booking: it carries intake answers and the patient's own notes. */
async function onlineBook(start: string, practitioner = A) {
  const body = bookingBody(f, start, { practitioner });
  secrets.push(body.patient.name, body.patient.email);
  const result = await bookOnlineRequest(body, bookingContext(NOW));
  if (!result.ok) throw new Error(`online booking failed: ${result.code}`);
  return result.data.booking.id;
}

const stored = async (id: string) =>
  (await db.select().from(appointments).where(eq(appointments.id, id)))[0]!;
const auditOf = (entityId: string) =>
  db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
const slotsOn = async (date: string, practitionerId = A) =>
  (
    await getAvailability({
      serviceSlug: f.service.slug,
      practitionerId,
      from: date,
      to: date,
      now: NOW,
    })
  ).slots.map((s) => s.start);

describe(`staff schedule: reading (${dbHandle().driver})`, () => {
  it('gives the front desk contact details but never intake, the patient’s notes or clinical notes', async () => {
    const id = await onlineBook(at('2030-06-04T09:00'));
    const note = `Clinical ${randomUUID()}`;
    secrets.push(note);
    expect((await addClinicalNote(drA.principal, { appointmentId: id, body: note })).ok).toBe(true);

    const forDesk = await loadAppointmentDetail(desk.principal, id);
    if (forDesk.kind !== 'found') throw new Error(forDesk.kind);
    expect(forDesk.detail.patient.email).toMatch(/@example\.com$/);
    expect(forDesk.detail.patient.phone).toBeTruthy();
    expect('clinical' in forDesk.detail).toBe(false);
    const text = JSON.stringify(forDesk.detail);
    for (const hidden of [note, REASON_TEXT, 'painAreas', 'lower_back', 'intake', 'patientNotes'])
      expect(text).not.toContain(hidden);
    expect(forDesk.detail.canWriteNotes).toBe(false);

    for (const reader of [drA, admin]) {
      const seen = await loadAppointmentDetail(reader.principal, id);
      if (seen.kind !== 'found') throw new Error(seen.kind);
      expect(seen.detail.clinical?.patientNotes).toBe(REASON_TEXT);
      expect(seen.detail.clinical?.intake).toMatchObject({ painAreas: ['lower_back'] });
      expect(seen.detail.clinical?.notes.map((n) => n.body)).toEqual([note]);
    }
    // Another practitioner does not open this diary's appointments at all.
    expect((await loadAppointmentDetail(drB.principal, id)).kind).toBe('forbidden');
    expect((await loadAppointmentDetail(desk.principal, randomUUID())).kind).toBe('not_found');

    const views = (
      await db.select().from(auditLog).where(eq(auditLog.action, 'patient.view'))
    ).filter((r) => r.details.appointmentId === id);
    expect(views.map((v) => [v.actorStaffId, v.details.clinical])).toEqual(
      expect.arrayContaining([
        [desk.user.id, false],
        [drA.user.id, true],
        [admin.user.id, true],
      ]),
    );
    expect(views.some((v) => v.actorStaffId === drB.user.id)).toBe(false);
  });

  it('shows practitioners their own column only, and everyone else the whole team', async () => {
    await staffBook(at('2030-06-05T10:00'), A);
    await staffBook(at('2030-06-05T10:00'), B);
    const own = await loadDaySchedule(drA.principal, '2030-06-05');
    expect(own.columns.map((c) => c.key)).toEqual([A]);
    expect(own.list.every((r) => r.practitionerId === A)).toBe(true);
    const team = await loadDaySchedule(desk.principal, '2030-06-05');
    expect(team.columns.map((c) => c.key)).toEqual(expect.arrayContaining([A, B]));
    const columnA = team.columns.find((c) => c.key === A)!;
    expect(columnA.appointments).toEqual([
      expect.objectContaining({ startMin: 600, endMin: 630, status: 'confirmed' }),
    ]);
    expect(columnA.working).toEqual([{ startMin: 540, endMin: 1020 }]);
    expect(JSON.stringify(team)).not.toMatch(/intake|patientNotes/);
  });

  it('the team’s week: a column per practitioner within each day, closures with their reason, and what each card may do now', async () => {
    const visit = await staffBook(at('2030-06-12T10:00'), B);
    const closed = await addClosure(
      admin.principal,
      {
        kind: 'part',
        date: '2030-06-13',
        startTime: '12:00',
        endTime: '14:00',
        reason: 'Staff training',
      },
      NOW,
    );
    if (!closed.ok) throw new Error(closed.formError);
    const week = await loadWeekSchedule(desk.principal, '2030-06-12', 'all', NOW);
    expect(week.practitioner).toBeNull();
    expect(week.columns).toHaveLength(7 * week.practitioners.length);
    expect(week.columns.slice(0, 2).map((c) => [c.date, c.group])).toEqual([
      ['2030-06-10', 'Mon 10'],
      ['2030-06-10', 'Mon 10'],
    ]);
    const wedB = week.columns.find((c) => c.date === '2030-06-12' && c.practitionerId === B)!;
    const card = wedB.appointments.find((a) => a.id === visit.id)!;
    expect(card).toMatchObject({
      startMin: 600,
      patientId: visit.patient.id,
      patientEmail: visit.patient.email,
      serviceSlug: f.service.slug,
      start: '2030-06-12T10:00:00-07:00',
      // Nine days ahead of NOW: it can move or be cancelled, but not be checked in yet.
      can: { checkIn: false, noShow: false, cancel: true, move: true, open: true },
    });
    const thu = week.columns.filter((c) => c.date === '2030-06-13');
    for (const c of thu)
      expect(c.closures).toEqual([
        expect.objectContaining({ startMin: 720, endMin: 840, reason: 'Staff training' }),
      ]);
    // A practitioner's week is theirs alone, whatever is asked for, and they can't act on others'.
    const own = await loadWeekSchedule(drA.principal, '2030-06-12', 'all', NOW);
    expect(own.practitioner?.id).toBe(A);
    expect(new Set(own.columns.map((c) => c.practitionerId))).toEqual(new Set([A]));
    const dayForA = await loadDaySchedule(drA.principal, '2030-06-12', { now: NOW });
    expect(dayForA.columns.flatMap((c) => c.appointments).some((a) => a.id === visit.id)).toBe(
      false,
    );
  });

  it('on the day itself a card offers check-in, and once begun a no-show', async () => {
    const { id } = await staffBook(at('2030-06-03T09:00'), A);
    const before = await loadDaySchedule(desk.principal, '2030-06-03', { now: NOW });
    const early = before.columns.flatMap((c) => c.appointments).find((a) => a.id === id)!;
    expect(early.can).toMatchObject({ checkIn: true, noShow: false });
    const later = new Date('2030-06-03T16:10:00Z'); // 09:10 PDT
    const after = await loadDaySchedule(desk.principal, '2030-06-03', { now: later });
    const begun = after.columns.flatMap((c) => c.appointments).find((a) => a.id === id)!;
    expect(begun.can).toMatchObject({ checkIn: true, noShow: true });
  });

  it('places blocks by clinic wall-clock time on the day the clocks go back, and stores real instants', async () => {
    const dstNow = new Date('2030-10-28T15:00:00Z');
    const patient = await newPatient();
    const booked = await book(
      asStaff(desk),
      {
        patient: { id: patient.id },
        service: f.service.slug,
        practitioner: A,
        start: at('2030-11-03T10:00'),
      },
      { now: dstNow },
    );
    expect(booked.ok).toBe(true);
    const block = await addTimeOff(
      drA.principal,
      { practitionerId: A, start: '2030-11-03T00:30', end: '2030-11-03T03:00', reason: '' },
      dstNow,
    );
    if (!block.ok) throw new Error(block.formError);
    const [row] = await db.select().from(timeOff).where(eq(timeOff.id, block.data.timeOffId));
    // 00:30 PDT to 03:00 PST: three and a half real hours, not two and a half wall-clock ones.
    expect(row!.endsAt.getTime() - row!.startsAt.getTime()).toBe(3.5 * 3_600_000);
    const day = await loadDaySchedule(desk.principal, '2030-11-03');
    const column = day.columns.find((c) => c.key === A)!;
    expect(column.appointments).toEqual([expect.objectContaining({ startMin: 600, endMin: 630 })]);
    expect(column.timeOff).toEqual([expect.objectContaining({ startMin: 30, endMin: 180 })]);
  });
});

describe(`staff schedule: permissions and status (${dbHandle().driver})`, () => {
  it('lets only the treating practitioner or an admin add clinical notes', async () => {
    const { id } = await staffBook(at('2030-06-06T09:00'));
    expect(
      await addClinicalNote(desk.principal, { appointmentId: id, body: 'front desk note' }),
    ).toMatchObject({ ok: false });
    expect(
      await addClinicalNote(drB.principal, { appointmentId: id, body: 'other practitioner' }),
    ).toMatchObject({ ok: false });
    expect(
      (await addClinicalNote(drA.principal, { appointmentId: id, body: 'treating practitioner' }))
        .ok,
    ).toBe(true);
    expect((await addClinicalNote(admin.principal, { appointmentId: id, body: 'admin' })).ok).toBe(
      true,
    );
    const notes = await db
      .select()
      .from(appointmentNotes)
      .where(eq(appointmentNotes.appointmentId, id));
    expect(notes.map((n) => n.body).sort()).toEqual(['admin', 'treating practitioner']);
  });

  it('refuses a practitioner every change to another practitioner’s appointment, and writes nothing', async () => {
    const { id, patient } = await staffBook(at('2030-06-06T11:00'));
    const before = await stored(id);
    const auditBefore = (await auditOf(id)).length;
    const refusals = [
      await setStatus(asStaff(drB), { appointmentId: id, change: 'check_in' }, NOW),
      await cancel(asStaff(drB), { appointmentId: id }, { reason: 'not mine' }, NOW),
      await move(asStaff(drB), { appointmentId: id }, { start: at('2030-06-06T14:00') }, NOW),
      await move(
        asStaff(drB),
        { appointmentId: id },
        { start: at('2030-06-06T14:00'), practitioner: B },
        NOW,
      ),
      await addTimeOff(
        drB.principal,
        { practitionerId: A, start: '2030-06-06T15:00', end: '2030-06-06T16:00', reason: '' },
        NOW,
      ),
      await book(
        asStaff(drB),
        {
          patient: { id: patient.id },
          service: f.service.slug,
          practitioner: A,
          start: at('2030-06-06T15:00'),
        },
        { now: NOW },
      ),
    ];
    for (const r of refusals)
      expect(r).toMatchObject({ ok: false, formError: expect.stringMatching(/own diary/) });
    expect(await stored(id)).toEqual(before);
    expect((await auditOf(id)).length).toBe(auditBefore);
    // …while their own diary is theirs to manage (check-in on the appointment's own day).
    const morningOf = new Date('2030-06-06T15:00:00Z'); // 08:00 PDT
    expect(
      (await setStatus(asStaff(drA), { appointmentId: id, change: 'check_in' }, morningOf)).ok,
    ).toBe(true);
  });

  it('validates status changes against the current status and the time', async () => {
    const { id } = await onlineBook(at('2030-06-07T09:00')).then((id) => ({ id }));
    const later = new Date('2030-06-07T16:10:00Z'); // 09:10 local, after the start
    expect(
      await setStatus(asStaff(desk), { appointmentId: id, change: 'complete' }, NOW),
    ).toMatchObject({ ok: false, formError: expect.stringMatching(/hasn’t started/) });
    expect(
      await setStatus(asStaff(desk), { appointmentId: id, change: 'confirm' }, NOW),
    ).toMatchObject({ ok: true, data: { status: 'confirmed' } });
    expect(
      await setStatus(asStaff(desk), { appointmentId: id, change: 'confirm' }, NOW),
    ).toMatchObject({ ok: false, formError: expect.stringMatching(/already confirmed/) });
    expect(
      (await setStatus(asStaff(desk), { appointmentId: id, change: 'check_in' }, later)).ok,
    ).toBe(true);
    expect(
      await cancel(asStaff(desk), { appointmentId: id }, { reason: 'patient left' }, later),
    ).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/can’t cancel an appointment that is arrived/),
    });
    expect(
      (await setStatus(asStaff(drA), { appointmentId: id, change: 'complete' }, later)).ok,
    ).toBe(true);
    expect(
      await setStatus(asStaff(desk), { appointmentId: id, change: 'no_show' }, later),
    ).toMatchObject({ ok: false });

    const other = await onlineBook(at('2030-06-07T11:00'));
    const reason = `Reason ${randomUUID()}`;
    secrets.push(reason);
    expect(cancelAppointmentSchema.safeParse({ appointmentId: other, reason: '  ' }).success).toBe(
      false,
    );
    expect((await cancel(asStaff(desk), { appointmentId: other }, { reason }, NOW)).ok).toBe(true);
    const cancelled = await stored(other);
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: reason });
    expect(cancelled.cancelledAt).toEqual(NOW);
    expect(
      await setStatus(asStaff(admin), { appointmentId: other, change: 'complete' }, later),
    ).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/can’t complete an appointment that is cancelled/),
    });
    expect(
      await move(asStaff(admin), { appointmentId: other }, { start: at('2030-06-07T13:00') }, NOW),
    ).toMatchObject({ ok: false });
    // The freed time is offered again.
    expect(await slotsOn('2030-06-07')).toContain(at('2030-06-07T11:00'));
  });
});

describe(`staff booking and rescheduling through the guard (${dbHandle().driver})`, () => {
  it('books through the engine: hours, taken times and first available, with source “staff”', async () => {
    const patient = await newPatient();
    const bookAt = (start: string, practitioner: string | null = A, patientId = patient.id) =>
      book(
        asStaff(desk),
        { patient: { id: patientId }, service: f.service.slug, practitioner, start },
        { now: NOW },
      );
    const early = await bookAt(at('2030-06-10T08:00'));
    expect(early).toMatchObject({ ok: false, code: 'not_bookable', reason: 'outside_hours' });
    expect(refusedWith(early, 'not_bookable') && early.alternatives[0]?.start).toBe(
      at('2030-06-10T09:00'),
    );

    const first = await bookAt(at('2030-06-10T10:00'));
    if (!first.ok) throw new Error(first.formError);
    expect(await stored(first.data.appointmentId)).toMatchObject({
      source: 'staff',
      status: 'confirmed',
      createdByStaffId: desk.user.id,
      practitionerId: A,
      intake: {},
    });
    // A double submit answers with the same booking instead of booking twice.
    expect(await bookAt(at('2030-06-10T10:00'))).toMatchObject({
      ok: true,
      data: { appointmentId: first.data.appointmentId, replayed: true },
    });

    const second = await newPatient();
    const taken = await bookAt(at('2030-06-10T10:00'), A, second.id);
    expect(refusedSlotTaken(taken)).toBe(true);
    if (refusedSlotTaken(taken))
      expect(
        taken.alternatives.every((s) => Date.parse(s.start) > Date.parse(at('2030-06-10T10:00'))),
      ).toBe(true);
    expect(await bookAt(at('2030-06-10T10:00'), null, second.id)).toMatchObject({
      ok: true,
      data: { practitionerId: B },
    });
    // Practitioners book into their own diary only.
    const third = await newPatient();
    expect(
      await book(
        asStaff(drA),
        {
          patient: { id: third.id },
          service: f.service.slug,
          practitioner: null,
          start: at('2030-06-10T13:00'),
        },
        { now: NOW },
      ),
    ).toMatchObject({ ok: true, data: { practitionerId: A } });
  });

  it('lets exactly one of several racing reschedules into a time; the losers keep theirs', async () => {
    const starts = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'].map((t) =>
      at(`2030-06-11T${t}`),
    );
    const booked = [];
    for (const start of starts) booked.push(await staffBook(start, A));
    const target = at('2030-06-11T14:00');
    const results = await Promise.all(
      booked.map((b, i) =>
        move(
          i % 2 ? asStaff(desk) : asStaff(admin),
          { appointmentId: b.id },
          { start: target },
          NOW,
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const losers = results.filter((r) => !r.ok);
    expect(losers).toHaveLength(5);
    for (const loser of losers) {
      expect(refusedSlotTaken(loser)).toBe(true);
      if (refusedSlotTaken(loser)) expect(loser.alternatives.length).toBeGreaterThan(0);
    }
    const rows = await db
      .select()
      .from(appointments)
      .where(
        inArray(
          appointments.id,
          booked.map((b) => b.id),
        ),
      );
    expect(rows.filter((r) => r.startsAt.getTime() === Date.parse(target))).toHaveLength(1);
    for (const [i, b] of booked.entries()) {
      const row = rows.find((r) => r.id === b.id)!;
      if (!results[i]!.ok) expect(row.startsAt.getTime()).toBe(Date.parse(starts[i]!));
    }
    const moved = booked.find((_, i) => results[i]!.ok)!;
    const [audit] = (await auditOf(moved.id)).filter((a) => a.action === 'appointment.reschedule');
    expect(audit?.details).toMatchObject({
      toStart: new Date(target).toISOString(),
      toPractitionerId: A,
    });
  });

  it('queues staff writes behind the patients’ diary lock before deciding', async () => {
    const { id } = await staffBook(at('2030-06-18T09:00'), A);
    let settled = 0;
    let writes: Promise<unknown[]> | undefined;
    await db.transaction(async (tx) => {
      await lockPractitionerDiary(tx, A);
      writes = Promise.all([
        move(asStaff(desk), { appointmentId: id }, { start: at('2030-06-18T10:00') }, NOW),
        addTimeOff(
          drA.principal,
          { practitionerId: A, start: '2030-06-18T15:00', end: '2030-06-18T16:00', reason: '' },
          NOW,
        ),
      ]).finally(() => (settled += 1));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(settled).toBe(0);
    });
    expect(await writes).toEqual([
      expect.objectContaining({ ok: true }),
      expect.objectContaining({ ok: true }),
    ]);
  });

  it('races a staff reschedule against an online booking of the same time: one wins', async () => {
    const { id } = await staffBook(at('2030-06-12T09:00'), A);
    const target = at('2030-06-12T13:00');
    const [moved, online] = await Promise.all([
      move(asStaff(desk), { appointmentId: id }, { start: target }, NOW),
      bookOnlineRequest(bookingBody(f, target, { practitioner: A }), bookingContext(NOW)),
    ]);
    expect([moved.ok, online.ok].filter(Boolean)).toHaveLength(1);
    const atTarget = await db
      .select()
      .from(appointments)
      .where(and(eq(appointments.practitionerId, A), eq(appointments.startsAt, new Date(target))));
    expect(atTarget).toHaveLength(1);
  });

  it('moves an appointment next to itself and to another practitioner who offers the therapy', async () => {
    const { id } = await staffBook(at('2030-06-13T09:00'), A);
    // 09:15 overlaps the appointment's own current time: it must not block itself.
    expect(
      await move(asStaff(desk), { appointmentId: id }, { start: at('2030-06-13T09:15') }, NOW),
    ).toMatchObject({ ok: true, data: { unchanged: false } });
    expect(
      await move(
        asStaff(admin),
        { appointmentId: id },
        { start: at('2030-06-13T09:15'), practitioner: B },
        NOW,
      ),
    ).toMatchObject({ ok: true });
    expect(await stored(id)).toMatchObject({
      practitionerId: B,
      startsAt: new Date(at('2030-06-13T09:15')),
      endsAt: new Date(at('2030-06-13T09:45')),
    });
  });
});

describe(`time off (${dbHandle().driver})`, () => {
  it('removes the times from patient availability at once, and gives them back when removed', async () => {
    const date = '2030-06-14';
    expect(await slotsOn(date)).toContain(at(`${date}T13:00`));
    const added = await addTimeOff(
      drA.principal,
      { practitionerId: A, start: `${date}T13:00`, end: `${date}T14:00`, reason: 'Course' },
      NOW,
    );
    if (!added.ok) throw new Error(added.formError);
    const during = await slotsOn(date);
    for (const t of ['12:45', '13:00', '13:15', '13:30'])
      expect(during).not.toContain(at(`${date}T${t}`));
    expect(during).toContain(at(`${date}T14:00`));
    expect(
      await bookOnlineRequest(
        bookingBody(f, at(`${date}T13:00`), { practitioner: A }),
        bookingContext(NOW),
      ),
    ).toMatchObject({ ok: false, code: 'not_bookable', reason: 'outside_hours' });
    const staffTry = await book(
      asStaff(desk),
      {
        patient: { id: (await newPatient()).id },
        service: f.service.slug,
        practitioner: A,
        start: at(`${date}T13:30`),
      },
      { now: NOW },
    );
    expect(staffTry).toMatchObject({ ok: false, code: 'not_bookable', reason: 'outside_hours' });
    // B's diary is untouched.
    expect(await slotsOn(date, B)).toContain(at(`${date}T13:00`));

    expect((await removeTimeOff(desk.principal, { timeOffId: added.data.timeOffId })).ok).toBe(
      true,
    );
    expect(await slotsOn(date)).toContain(at(`${date}T13:00`));
  });

  it('refuses to block over booked appointments and lists them', async () => {
    const { id } = await staffBook(at('2030-06-17T10:00'), A);
    const result = await addTimeOff(
      admin.principal,
      { practitionerId: A, start: '2030-06-17T09:00', end: '2030-06-17T12:00', reason: '' },
      NOW,
    );
    expect(refusedConflicts(result)).toBe(true);
    if (refusedConflicts(result)) expect(result.conflicts.map((c) => c.id)).toEqual([id]);
    const blocks = await db.select().from(timeOff).where(eq(timeOff.practitionerId, A));
    expect(blocks.some((b) => b.startsAt.getTime() === Date.parse(at('2030-06-17T09:00')))).toBe(
      false,
    );
    // Touching is not overlapping: a block right after the visit is fine.
    expect(
      (
        await addTimeOff(
          admin.principal,
          { practitionerId: A, start: '2030-06-17T10:30', end: '2030-06-17T12:00', reason: '' },
          NOW,
        )
      ).ok,
    ).toBe(true);
    expect(
      await addTimeOff(
        admin.principal,
        { practitionerId: A, start: '2030-06-17T08:00', end: '2030-06-17T07:00', reason: '' },
        NOW,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { end: expect.any(Array) } });
    expect(
      await addTimeOff(
        admin.principal,
        { practitionerId: A, start: '2030-05-01T08:00', end: '2030-05-01T09:00', reason: '' },
        NOW,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { end: ['That time is already over.'] } });
  });
});

describe(`patients from the phone (${dbHandle().driver})`, () => {
  it('gives the same e-mail under another name its own record, and refuses the same person twice', async () => {
    const email = `Caller-${randomUUID()}@Example.com`;
    secrets.push(email.toLowerCase(), 'Casey Caller', 'Sam Caller');
    const first = await createPatient(desk.principal, {
      name: 'Casey Caller',
      email: email.toLowerCase(),
      phone: '+1 503-555-0199',
    });
    expect(first.ok).toBe(true);
    // A parent and child, or a couple, sharing one address: two people, two records.
    const child = await createPatient(desk.principal, {
      name: 'Sam Caller',
      email: email.toLowerCase(),
      phone: '+1 503-555-0100',
    });
    expect(child.ok).toBe(true);
    if (first.ok && child.ok) expect(child.data.patientId).not.toBe(first.data.patientId);
    const again = await createPatient(desk.principal, {
      name: 'casey caller',
      email: email.toLowerCase(),
      phone: '+1 503-555-0100',
    });
    expect(again).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringMatching(/already on file/)] },
    });
  });

  it('keeps a patient with a phone number only', async () => {
    const created = await createPatient(desk.principal, {
      name: 'Phone Only',
      email: '',
      phone: '+1 503-555-0177',
    });
    if (!created.ok) throw new Error(created.formError);
    const [row] = await db.select().from(patients).where(eq(patients.id, created.data.patientId));
    expect(row).toMatchObject({ email: null, phone: '+15035550177' });
  });
});

describe(`audit (${dbHandle().driver})`, () => {
  it('records every change by these staff members, with ids only', async () => {
    const ours = [admin, desk, drA, drB].map((s) => s.user.id);
    const rows = await db.select().from(auditLog).where(inArray(auditLog.actorStaffId, ours));
    const actions = new Set(rows.map((r) => r.action));
    for (const action of [
      'patient.view',
      'patient.create',
      'appointment.create',
      'appointment.confirm',
      'appointment.check_in',
      'appointment.complete',
      'appointment.cancel',
      'appointment.reschedule',
      'appointment.note_add',
      'time_off.create',
      'time_off.delete',
    ]) {
      expect(actions, action).toContain(action);
    }
    const text = JSON.stringify(rows.map((r) => r.details));
    for (const secret of secrets) expect(text).not.toContain(secret);
    const creates = rows.filter((r) => r.action === 'appointment.create');
    const ids = creates.map((r) => r.entityId);
    const created = await db
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(inArray(appointments.id, ids), eq(appointments.source, 'staff')));
    expect(created).toHaveLength(new Set(ids).size);
  });
});

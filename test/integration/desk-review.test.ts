import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bookAppointmentAction } from '@/app/(staff)/dashboard/appointments/new/actions';
import { db } from '@/db';
import { findPatientsToBook, searchPatients } from '@/db/queries/patients';
import {
  appointments,
  articleQuestions,
  articles,
  callbackRequests,
  outbox,
  patients,
} from '@/db/schema';
import { book } from '@/lib/appointments/book';
import { addClosure } from '@/lib/appointments/closures';
import { move } from '@/lib/appointments/move';
import { loadDaySchedule } from '@/lib/appointments/views/schedule-view';
import { lockPractitionerDiary } from '@/lib/appointments/writer/diary-lock';
import { addDays, clinicDate } from '@/lib/time/calendar';
import { linkCallbackBooking } from '@/lib/messages/callback-status';
import { exportPatientData } from '@/lib/patients/data-export';
import { editPatient } from '@/lib/patients/edit';
import { erasePatient } from '@/lib/patients/erase';
import { mergePatients } from '@/lib/patients/merge';
import {
  bookingBody,
  bookingContext,
  bookOnlineRequest,
  makeBookingFixtures,
} from '../booking-fixtures';
import { isolateDatabase, testDriver } from '../isolated-database';
import { asStaff, makeStaff } from '../staff-fixtures';

// Findings of the lifecycle review, each on the real server. A database of this file's own: the
// closure below is clinic-wide and takes every diary's lock.
isolateDatabase();

const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock('@/lib/auth/config', () => ({
  auth: () => Promise.resolve(session.sid ? { sid: session.sid } : null),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const TZ = 'America/Los_Angeles';
const NOW = new Date('2031-03-03T16:00:00Z'); // Monday 08:00 PST
const at = (date: string, hhmm: string) =>
  DateTime.fromISO(`${date}T${hhmm}`, { zone: TZ }).toISO({ suppressMilliseconds: true })!;

type Staff = Awaited<ReturnType<typeof makeStaff>>;
let f: Awaited<ReturnType<typeof makeBookingFixtures>>;
let admin: Staff;
let desk: Staff;

beforeAll(async () => {
  f = await makeBookingFixtures(db, { practitioners: 2 });
  admin = await makeStaff('admin');
  desk = await makeStaff('front_desk');
});

async function newPatient(values: { name: string; email: string | null; phone?: string }) {
  const [row] = await db
    .insert(patients)
    .values({ phone: '+15035550170', ...values })
    .returning({ id: patients.id });
  return row!.id;
}

async function deskBook(patientId: string, start: string, now = NOW) {
  const result = await book(
    asStaff(desk),
    {
      patient: { id: patientId },
      service: f.service.slug,
      practitioner: f.practitioners[0]!.id,
      start,
    },
    { now },
  );
  if (!result.ok) throw new Error(result.formError ?? result.code);
  return result.data.appointmentId;
}

describe(`lifecycle review findings (${testDriver()})`, () => {
  it('erasure and export take a shared address’s requests only for their own patient', async () => {
    const shared = `family-${randomUUID()}@example.com`;
    const ann = await newPatient({ name: 'Ann Shared', email: shared });
    const ben = await newPatient({ name: 'Ben Shared', email: shared, phone: '+15035550171' });
    const [callerOfBen, unnamed, ofAnn, bensByName] = await db
      .insert(callbackRequests)
      .values([
        // Typed another name, then booked for Ben: the link says whose it is.
        { name: 'B. Shared', email: shared, message: 'linked to Ben', consentAt: NOW },
        { name: 'Someone', email: shared, message: 'whose?', consentAt: NOW },
        { name: 'Ann Shared', email: shared, message: 'Ann asks', consentAt: NOW },
        { name: 'Ben Shared', email: shared, message: 'Ben asks', consentAt: NOW },
      ])
      .returning({ id: callbackRequests.id });
    const bensVisit = await deskBook(ben, at('2031-03-10', '09:00'));
    expect(
      await linkCallbackBooking(desk.principal, {
        requestId: callerOfBen!.id,
        appointmentId: bensVisit,
      }),
    ).toBe(true);
    const [linked] = await db
      .select({ patientId: callbackRequests.patientId })
      .from(callbackRequests)
      .where(eq(callbackRequests.id, callerOfBen!.id));
    expect(linked?.patientId).toBe(ben);

    const [article] = await db
      .insert(articles)
      .values({
        slug: `shared-${randomUUID().slice(0, 8)}`,
        title: 'Shared address',
        description: 'Test',
        topic: 'relief',
        bodyMarkdown: 'Test',
        authorId: f.practitioners[0]!.id,
      })
      .returning({ id: articles.id });
    await db.insert(articleQuestions).values([
      {
        articleId: article!.id,
        name: 'Ann Shared',
        email: shared,
        question: 'Ann’s question',
        consentAt: NOW,
      },
      {
        articleId: article!.id,
        name: 'Ben Shared',
        email: shared,
        question: 'Ben’s question',
        consentAt: NOW,
      },
    ]);

    const exported = await exportPatientData(admin.principal, ann, TZ, NOW);
    if (!exported.ok) throw new Error(exported.message);
    const data = JSON.parse(exported.json) as {
      callbackRequests: Array<{ message: string }>;
      articleQuestions: Array<{ question: string }>;
    };
    expect(data.callbackRequests.map((c) => c.message)).toEqual(['Ann asks']);
    expect(data.articleQuestions.map((q) => q.question)).toEqual(['Ann’s question']);

    const erased = await erasePatient(admin.principal, { patientId: ann, confirmation: 'ERASE' });
    expect(erased).toMatchObject({
      ok: true,
      data: { callbacksDeleted: 1, questionsAnonymised: 1 },
    });
    const left = await db
      .select({ id: callbackRequests.id })
      .from(callbackRequests)
      .where(eq(callbackRequests.email, shared));
    expect(left.map((r) => r.id).sort()).toEqual(
      [callerOfBen!.id, unnamed!.id, bensByName!.id].sort(),
    );
    expect(left.map((r) => r.id)).not.toContain(ofAnn!.id);
    const questions = await db
      .select({ question: articleQuestions.question })
      .from(articleQuestions)
      .where(eq(articleQuestions.email, shared));
    expect(questions.map((q) => q.question)).toEqual(['Ben’s question']);

    // Ben is now the only record on the address: its unnamed request is his, the linked one too.
    const bens = await exportPatientData(admin.principal, ben, TZ, NOW);
    if (!bens.ok) throw new Error(bens.message);
    const benData = JSON.parse(bens.json) as { callbackRequests: Array<{ message: string }> };
    expect(benData.callbackRequests.map((c) => c.message).sort()).toEqual(
      ['Ben asks', 'linked to Ben', 'whose?'].sort(),
    );
  });

  it('sends mail still waiting to the corrected e-mail address, and voids it when removed', async () => {
    const old = `old-${randomUUID()}@example.com`;
    const patient = await newPatient({ name: 'Moved Inbox', email: old });
    const visit = await deskBook(patient, at('2031-03-12', '10:00'));
    const waiting = () =>
      db
        .select({ kind: outbox.kind, recipient: outbox.recipient, status: outbox.status })
        .from(outbox)
        .where(eq(outbox.appointmentId, visit))
        .orderBy(outbox.kind);
    expect((await waiting()).map((m) => [m.kind, m.recipient])).toEqual([
      ['confirmation', old],
      ['reminder', old],
    ]);

    const corrected = `new-${randomUUID()}@example.com`;
    const details = {
      patientId: patient,
      name: 'Moved Inbox',
      phone: '+15035550170',
      dateOfBirth: '',
    };
    expect((await editPatient(desk.principal, { ...details, email: corrected }, NOW)).ok).toBe(
      true,
    );
    expect(await waiting()).toEqual([
      { kind: 'confirmation', recipient: corrected, status: 'pending' },
      { kind: 'reminder', recipient: corrected, status: 'pending' },
    ]);

    expect((await editPatient(desk.principal, { ...details, email: '' }, NOW)).ok).toBe(true);
    expect((await waiting()).map((m) => m.status)).toEqual(['void', 'void']);
  });

  it('books a double-submitted "first available" desk form once', async () => {
    // The action runs on the real clock: a weekday ten days out, open for both practitioners.
    const day = addDays(clinicDate(new Date(), TZ), 10);
    const patient = await newPatient({
      name: 'Twice Clicked',
      email: `twice-${randomUUID()}@example.com`,
    });
    session.sid = desk.sessionId;
    const form = {
      patientId: patient,
      service: f.service.slug,
      practitioner: null,
      start: at(day, '11:00'),
      requestKey: randomUUID(),
    };
    const [first, second] = await Promise.all([
      bookAppointmentAction(form),
      bookAppointmentAction(form),
    ]);
    const again = await bookAppointmentAction(form);
    session.sid = null;
    const rows = await db
      .select({ id: appointments.id })
      .from(appointments)
      .where(eq(appointments.patientId, patient));
    expect(rows).toHaveLength(1);
    for (const result of [first, second, again])
      expect(result).toMatchObject({ ok: true, data: { appointmentId: rows[0]!.id } });
    expect(again).toMatchObject({ data: { replayed: true } });
  });

  it('adds a closure only after a booking in flight has committed, and lists that booking', async () => {
    const date = '2031-03-19';
    const patient = await newPatient({
      name: 'In Flight',
      email: `flight-${randomUUID()}@example.com`,
    });
    const practitionerId = f.practitioners[1]!.id;
    let releaseBooking!: () => void;
    const released = new Promise<void>((resolve) => (releaseBooking = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    // A booking's transaction: diary locked, row written, not yet committed.
    const booking = db.transaction(async (tx) => {
      await lockPractitionerDiary(tx, practitionerId);
      await tx.insert(appointments).values({
        practitionerId,
        serviceId: f.service.id,
        patientId: patient,
        startsAt: new Date(at(date, '10:00')),
        endsAt: new Date(at(date, '10:30')),
        source: 'staff',
      });
      holding();
      await released;
    });
    await held;

    let settled = false;
    const closing = addClosure(
      admin.principal,
      { kind: 'day', date, reason: 'Flooded', acknowledgeBookings: false },
      NOW,
    ).finally(() => (settled = true));
    // Commit the booking once the closure has either finished or is waiting for the diary.
    for (;;) {
      if (settled) break;
      const result = await db.execute<{ n: number }>(
        sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`,
      );
      const rows = Array.isArray(result) ? result : (result as { rows: Array<{ n: number }> }).rows;
      if (Number(rows[0]?.n ?? 0) > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    releaseBooking();
    await booking;

    const result = await closing;
    expect(result).toMatchObject({
      ok: false,
      code: 'conflicts',
      conflicts: [expect.objectContaining({ patientName: 'In Flight' })],
    });
    expect(result.ok ? [] : result.formError).toMatch(/One booking falls inside this time/);
  });

  it('keeps the merged record’s e-mail and phone on the kept record', async () => {
    const keepEmail = `keep-${randomUUID()}@example.com`;
    const otherEmail = `other-${randomUUID()}@example.com`;
    const keep = await newPatient({ name: 'Mia Merge', email: keepEmail, phone: '+15035550180' });
    const other = await newPatient({ name: 'Mia Merge', email: otherEmail, phone: '+15035550181' });
    const merged = await mergePatients(
      desk.principal,
      { keepId: keep, mergeId: other, confirm: 'MERGE' },
      NOW,
    );
    expect(merged.ok).toBe(true);
    const [row] = await db
      .select({ email: patients.email, phone: patients.phone, other: patients.otherContacts })
      .from(patients)
      .where(eq(patients.id, keep));
    expect(row).toEqual({
      email: keepEmail,
      phone: '+15035550180',
      other: [otherEmail, '+15035550181'],
    });
    // The merged record's old address and number still find the patient, at the desk and in the
    // directory, typed the way a caller reads them out.
    for (const typed of [otherEmail.toUpperCase(), '(503) 555-0181', '555 0181']) {
      expect((await findPatientsToBook(typed)).map((p) => p.id)).toContain(keep);
      const directory = await searchPatients({ query: typed, page: 1, practitionerId: null });
      expect(directory.rows.map((p) => p.id)).toContain(keep);
    }

    // A blank is filled instead; nothing is listed twice.
    const phoneOnly = await newPatient({ name: 'Noa Merge', email: null, phone: '+15035550182' });
    const online = await newPatient({
      name: 'Noa Merge',
      email: `noa-${randomUUID()}@example.com`,
      phone: '+15035550182',
    });
    expect(
      (
        await mergePatients(
          desk.principal,
          { keepId: phoneOnly, mergeId: online, confirm: 'MERGE' },
          NOW,
        )
      ).ok,
    ).toBe(true);
    const [filled] = await db
      .select({ email: patients.email, other: patients.otherContacts })
      .from(patients)
      .where(eq(patients.id, phoneOnly));
    expect(filled?.email).toMatch(/^noa-/);
    expect(filled?.other).toEqual([]);

    // Erasure removes the kept alternates with everything else.
    expect(
      (await erasePatient(admin.principal, { patientId: keep, confirmation: 'ERASE' })).ok,
    ).toBe(true);
    const [gone] = await db
      .select({ other: patients.otherContacts })
      .from(patients)
      .where(eq(patients.id, keep));
    expect(gone?.other).toEqual([]);
  });

  it('keeps the calendar SEQUENCE a rising 32-bit counter past January 2038', async () => {
    const later = new Date('2040-01-02T16:00:00Z');
    const patient = await newPatient({
      name: 'Far Future',
      email: `future-${randomUUID()}@example.com`,
    });
    const visit = await deskBook(patient, at('2040-01-09', '09:00'), later);
    const moved = await move(
      asStaff(desk),
      { appointmentId: visit },
      { start: at('2040-01-09', '10:00') },
      later,
    );
    expect(moved.ok).toBe(true);
    const invites = await db
      .select({ kind: outbox.kind, seq: outbox.appointmentSeq, ics: outbox.ics })
      .from(outbox)
      .where(
        and(eq(outbox.appointmentId, visit), inArray(outbox.kind, ['confirmation', 'reschedule'])),
      )
      .orderBy(outbox.appointmentSeq);
    // (The unsent confirmation is superseded by a confirmation of the new time.)
    expect(invites.map((m) => m.seq)).toEqual([1, 2]);
    expect(invites.map((m) => /SEQUENCE:(\d+)/.exec(m.ics ?? '')?.[1])).toEqual(['1', '2']);
    // A row from before the counter (Unix seconds, near the 32-bit limit) still counts on.
    await db
      .update(appointments)
      .set({ icsSequence: 2 ** 31 - 10 })
      .where(eq(appointments.id, visit));
    const again = await move(
      asStaff(desk),
      { appointmentId: visit },
      { start: at('2040-01-09', '11:00') },
      later,
    );
    expect(again.ok).toBe(true);
    const [row] = await db
      .select({ seq: appointments.icsSequence })
      .from(appointments)
      .where(eq(appointments.id, visit));
    expect(row?.seq).toBe(2 ** 31 - 9);
  });

  it('shows the screening flag on schedule cards to admins and the treating practitioner only', async () => {
    const date = '2031-03-25';
    const [mine, theirs] = f.practitioners;
    const booked = await bookOnlineRequest(
      bookingBody(f, at(date, '09:00'), {
        practitioner: mine!.id,
        redFlags: ['fever'],
        screeningAcknowledged: true,
      }),
      bookingContext(NOW),
    );
    if (!booked.ok) throw new Error(booked.code);
    const treating = await makeStaff('practitioner', { practitionerId: mine!.id });
    const colleague = await makeStaff('practitioner', { practitionerId: theirs!.id });
    const flagOn = async (staff: Staff) => {
      const view = await loadDaySchedule(staff.principal, date, { now: NOW });
      const visit = view.columns
        .flatMap((c) => c.appointments)
        .find((a) => a.id === booked.data.appointmentId);
      const row = view.list.find((r) => r.id === booked.data.appointmentId);
      return { card: visit?.screening, row: row?.screening };
    };
    expect(await flagOn(admin)).toEqual({ card: true, row: true });
    expect(await flagOn(treating)).toEqual({ card: true, row: true });
    expect(await flagOn(desk)).toEqual({ card: false, row: false });
    // Another practitioner sees only their own diary: the visit isn't on their schedule at all.
    expect(await flagOn(colleague)).toEqual({ card: undefined, row: undefined });
  });
});

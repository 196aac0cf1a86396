import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db, dbHandle } from '@/db';
import { appointmentNotes, appointments, auditLog, outbox, patients } from '@/db/schema';
import { book } from '@/lib/appointments/book';
import { addClinicalNote } from '@/lib/appointments/notes';
import { logger } from '@/lib/logger';
import { createPatient } from '@/lib/patients/create';
import { editPatient } from '@/lib/patients/edit';
import { mergePatients } from '@/lib/patients/merge';
import {
  bookingBody,
  bookingContext,
  bookOnlineRequest,
  makeBookingFixtures,
} from '../booking-fixtures';
import { asStaff, makeStaff } from '../staff-fixtures';

const NOW = new Date('2030-10-07T15:00:00Z'); // Monday 08:00 PDT
const slot = (day: number, hour: number) =>
  `2030-10-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00-07:00`;

async function patientOf(appointmentId: string) {
  const [row] = await db
    .select({ patientId: appointments.patientId, typedName: appointments.patientName })
    .from(appointments)
    .where(eq(appointments.id, appointmentId));
  const [patient] = await db.select().from(patients).where(eq(patients.id, row!.patientId));
  return { ...row!, patient: patient! };
}

describe(`patients (${dbHandle().driver})`, () => {
  it('books two people sharing one e-mail as two patients, each greeted by their own name', async () => {
    const f = await makeBookingFixtures(db);
    const email = `family-${randomUUID().slice(0, 8)}@example.com`;
    const parent = await bookOnlineRequest(
      bookingBody(f, slot(8, 9), { email, name: 'Dana Family' }),
      bookingContext(NOW),
    );
    const child = await bookOnlineRequest(
      bookingBody(f, slot(8, 10), { email, name: 'Kit Family' }),
      bookingContext(NOW),
    );
    if (!parent.ok || !child.ok) throw new Error('bookings failed');
    const a = await patientOf(parent.data.appointmentId);
    const b = await patientOf(child.data.appointmentId);
    expect(a.patientId).not.toBe(b.patientId);
    expect([a.patient.name, b.patient.name]).toEqual(['Dana Family', 'Kit Family']);
    expect(parent.data.booking.patientFirstName).toBe('Dana');
    expect(child.data.booking.patientFirstName).toBe('Kit');
    const greetings = await db
      .select({ appointmentId: outbox.appointmentId, text: outbox.textBody })
      .from(outbox)
      .where(and(eq(outbox.recipient, email), eq(outbox.kind, 'confirmation')));
    expect(greetings.find((g) => g.appointmentId === parent.data.appointmentId)!.text).toMatch(
      /^Hello Dana,/,
    );
    expect(greetings.find((g) => g.appointmentId === child.data.appointmentId)!.text).toMatch(
      /^Hello Kit,/,
    );
    // The same person again (any case) is matched, not duplicated.
    const again = await bookOnlineRequest(
      bookingBody(f, slot(8, 11), { email, name: 'KIT FAMILY' }),
      bookingContext(NOW),
    );
    if (!again.ok) throw new Error(again.code);
    expect((await patientOf(again.data.appointmentId)).patientId).toBe(b.patientId);
  });

  it('books a phone-only patient at the desk and sends no e-mail at all', async () => {
    const f = await makeBookingFixtures(db);
    const desk = await makeStaff('front_desk');
    const created = await createPatient(desk.principal, {
      name: 'Ola Phoneonly',
      email: '',
      phone: '(503) 555-0190',
    });
    if (!created.ok) throw new Error(created.formError);
    const booked = await book(
      asStaff(desk),
      {
        patient: { id: created.data.patientId },
        service: f.service.slug,
        practitioner: null,
        start: slot(9, 9),
      },
      { now: NOW },
    );
    if (!booked.ok) throw new Error(booked.formError);
    expect(booked.data.booking.patientFirstName).toBe('Ola');
    expect(
      await db.select().from(outbox).where(eq(outbox.appointmentId, booked.data.appointmentId)),
    ).toEqual([]);
  });

  it('corrects a patient’s details, audits the fields that changed, and never logs or audits the values', async () => {
    const f = await makeBookingFixtures(db);
    const desk = await makeStaff('front_desk');
    const practitioner = await makeStaff('practitioner', {
      practitionerId: f.practitioners[0]!.id,
    });
    const email = `typo-${randomUUID().slice(0, 8)}@example.com`;
    const booked = await bookOnlineRequest(
      bookingBody(f, slot(10, 9), { email, name: 'Jhon Smiht' }),
      bookingContext(NOW),
    );
    if (!booked.ok) throw new Error(booked.code);
    const { patientId } = await patientOf(booked.data.appointmentId);
    const logs = vi.spyOn(logger, 'info');
    const input = {
      patientId,
      name: 'John Smith',
      email: `fixed-${email}`,
      // Stored in one format (E.164), however it was typed.
      phone: '+15035550142',
      dateOfBirth: '1988-02-29',
    };
    expect(await editPatient(practitioner.principal, input, NOW)).toMatchObject({ ok: false });
    const edited = await editPatient(desk.principal, input, NOW);
    expect(edited).toMatchObject({
      ok: true,
      data: { changed: ['name', 'email', 'phone', 'dateOfBirth'] },
    });
    const after = await patientOf(booked.data.appointmentId);
    expect(after.patient).toMatchObject({
      name: 'John Smith',
      email: `fixed-${email}`,
      // Stored in one format (E.164), however it was typed.
      phone: '+15035550142',
      dateOfBirth: '1988-02-29',
    });
    // The upcoming booking that carried the typo greets the patient by the right name now.
    expect(after.typedName).toBe('John Smith');
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'patient.update'), eq(auditLog.entityId, patientId)));
    expect(audit).toMatchObject({
      actorStaffId: desk.user.id,
      details: { fields: 'name,email,phone,dateOfBirth' },
    });
    const written = JSON.stringify([audit, logs.mock.calls]);
    for (const value of ['Jhon', 'John Smith', email, '555-0142', '1988'])
      expect(written).not.toContain(value);
    logs.mockRestore();
    // Saving the same values again changes nothing and writes nothing.
    expect(await editPatient(desk.principal, input, NOW)).toMatchObject({
      ok: true,
      data: { changed: [] },
    });
  });

  it('refuses a correction that would make two records of one person, and says to merge', async () => {
    const desk = await makeStaff('front_desk');
    const email = `twins-${randomUUID().slice(0, 8)}@example.com`;
    const a = await createPatient(desk.principal, {
      name: 'Ana Twin',
      email,
      phone: '+1 503-555-0150',
    });
    const b = await createPatient(desk.principal, {
      name: 'Bea Twin',
      email,
      phone: '+1 503-555-0151',
    });
    if (!a.ok || !b.ok) throw new Error('create failed');
    expect(
      await editPatient(desk.principal, {
        patientId: b.data.patientId,
        name: 'ana twin',
        email,
        phone: '+1 503-555-0151',
      }),
    ).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringMatching(/merge/)] } });
  });

  it('merges two records of one person in one transaction: appointments, notes, e-mails and audit history move', async () => {
    const f = await makeBookingFixtures(db);
    const desk = await makeStaff('front_desk');
    const admin = await makeStaff('admin');
    const practitioner = await makeStaff('practitioner', {
      practitionerId: f.practitioners[0]!.id,
    });
    // Once by phone (no e-mail), once online with an address: the same person, two records.
    const byPhone = await createPatient(desk.principal, {
      name: 'Mo Merge',
      email: '',
      phone: '+1 503-555-0160',
    });
    if (!byPhone.ok) throw new Error(byPhone.formError);
    const keepId = byPhone.data.patientId;
    const desked = await book(
      asStaff(desk),
      { patient: { id: keepId }, service: f.service.slug, practitioner: null, start: slot(11, 9) },
      { now: NOW },
    );
    const online = await bookOnlineRequest(
      bookingBody(f, slot(11, 11), { email: `mo-${f.tag}@example.com`, name: 'Mo Merge' }),
      bookingContext(NOW),
    );
    if (!desked.ok || !online.ok) throw new Error('bookings failed');
    const { patientId: mergeId } = await patientOf(online.data.appointmentId);
    expect(mergeId).not.toBe(keepId);
    expect(
      (
        await addClinicalNote(admin.principal, {
          appointmentId: online.data.appointmentId,
          body: 'Note',
        })
      ).ok,
    ).toBe(true);

    expect(
      await mergePatients(practitioner.principal, { keepId, mergeId, confirm: 'MERGE' }, NOW),
    ).toMatchObject({ ok: false });
    const merged = await mergePatients(desk.principal, { keepId, mergeId, confirm: 'MERGE' }, NOW);
    expect(merged).toMatchObject({ ok: true, data: { patientId: keepId, appointmentsMoved: 1 } });
    if (merged.ok) expect(merged.data.messagesMoved).toBeGreaterThan(0);

    expect((await patientOf(online.data.appointmentId)).patientId).toBe(keepId);
    expect(await db.select().from(patients).where(eq(patients.id, mergeId))).toEqual([]);
    const [kept] = await db.select().from(patients).where(eq(patients.id, keepId));
    // The kept record takes the e-mail it lacked, so the phone booking now gets e-mails too.
    expect(kept).toMatchObject({
      name: 'Mo Merge',
      email: `mo-${f.tag}@example.com`,
      phone: '+15035550160',
    });
    const notes = await db
      .select()
      .from(appointmentNotes)
      .where(eq(appointmentNotes.appointmentId, online.data.appointmentId));
    expect(notes).toHaveLength(1);
    expect(
      await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.patientId, mergeId)),
    ).toEqual([]);
    // Audit entries that named the merged record now name the kept one.
    const stillNamed = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        sql`${auditLog.entityId} = ${mergeId} or exists (select 1 from jsonb_each_text(${auditLog.details}) e where e.value = ${mergeId} and ${auditLog.action} <> 'patient.merge')`,
      );
    expect(stillNamed).toEqual([]);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'patient.merge'), eq(auditLog.entityId, keepId)));
    expect(entry).toMatchObject({
      actorStaffId: desk.user.id,
      details: { mergedPatientId: mergeId },
    });
    // Merging again finds nothing to merge.
    expect(
      await mergePatients(desk.principal, { keepId, mergeId, confirm: 'MERGE' }, NOW),
    ).toMatchObject({
      ok: false,
    });
  });
});

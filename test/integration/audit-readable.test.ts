import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db, dbHandle } from '@/db';
import { listAuditEntries, listAuditEntriesForExport } from '@/db/queries/audit';
import { book } from '@/lib/appointments/book';
import { move } from '@/lib/appointments/move';
import { auditSentence, auditWho } from '@/lib/audit-text';
import { createPatient } from '@/lib/patients/create';
import { makeBookingFixtures } from '../booking-fixtures';
import { asStaff, makeStaff } from '../staff-fixtures';

vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const TZ = 'America/Los_Angeles';
const NOW = new Date('2030-06-03T15:00:00Z');
const at = (local: string) =>
  DateTime.fromISO(local, { zone: TZ }).toISO({ suppressMilliseconds: true })!;

describe(`the audit log, readable (${dbHandle().driver})`, () => {
  let f: Awaited<ReturnType<typeof makeBookingFixtures>>;
  let desk: Awaited<ReturnType<typeof makeStaff>>;
  beforeAll(async () => {
    f = await makeBookingFixtures(db, { practitioners: 2 });
    desk = await makeStaff('front_desk');
  });

  it('names the patient of an appointment’s entries, filters by patient, staff and kind, and exports the same', async () => {
    const name = `Audra Auditee${randomUUID().slice(0, 6)}`;
    const created = await createPatient(desk.principal, { name, email: '', phone: '503 555 0111' });
    if (!created.ok) throw new Error(created.formError);
    const [A, B] = f.practitioners.map((p) => p.id) as [string, string];
    const booked = await book(
      asStaff(desk),
      {
        patient: { id: created.data.patientId },
        service: f.service.slug,
        practitioner: A,
        start: at('2030-06-10T10:00'),
      },
      { now: NOW },
    );
    if (!booked.ok) throw new Error(booked.formError);
    const moved = await move(
      asStaff(desk),
      { appointmentId: booked.data.appointmentId },
      { start: at('2030-06-10T11:00'), practitioner: B },
      NOW,
    );
    expect(moved.ok).toBe(true);

    const mine = await listAuditEntries({
      patient: name.slice(6),
      actorStaffId: desk.user.id,
      page: 1,
    });
    expect(mine.rows.map((r) => r.action)).toEqual([
      'appointment.reschedule',
      'appointment.create',
      'patient.create',
    ]);
    expect(mine.rows.every((r) => r.patientName === name)).toBe(true);
    const sentence = auditSentence({
      ...mine.rows[0]!,
      practitionerNames: { [B]: 'Dr. Second' },
    });
    expect(sentence).toBe(`Moved ${name}’s appointment to Dr. Second, at a new time`);
    expect(auditWho(mine.rows[0]!)).toBe(desk.user.name);

    const onlyPatients = await listAuditEntries({ patient: name, entityType: 'patient', page: 1 });
    expect(onlyPatients.rows.map((r) => r.action)).toEqual(['patient.create']);
    const nobody = await listAuditEntries({ patient: `${name}%`, page: 1 });
    expect(nobody.total).toBe(0);
    const exported = await listAuditEntriesForExport({ patient: name });
    expect(exported.map((r) => r.id)).toEqual(
      (await listAuditEntries({ patient: name, page: 1 })).rows.map((r) => r.id),
    );
  });
});

import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as exportRoute } from '@/app/api/staff/exports/appointments.csv/route';
import { db, dbHandle } from '@/db';
import { searchPatients } from '@/db/queries/patients';
import { appointmentNotes, appointments, auditLog, patients } from '@/db/schema';
import { createPatient } from '@/lib/patients/create';
import { exportAppointmentsCsv } from '@/lib/patients/export';
import { loadPatientRecord } from '@/lib/patients/record';
import { ensureClinic, makeBookingFixtures } from '../booking-fixtures';
import { makeStaff } from '../staff-fixtures';

const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock('@/lib/auth/config', () => ({
  auth: () => Promise.resolve(session.sid ? { sid: session.sid } : null),
}));

type Staff = Awaited<ReturnType<typeof makeStaff>>;
let admin: Staff;
let frontDesk: Staff;
let mine: Staff; // practitioner 0
let theirs: Staff; // practitioner 1
let patientId = '';
let ownAppointment = '';
const tag = randomUUID().slice(0, 8);
const PATIENT = {
  name: `Quinn Zebedee${tag}`,
  email: `quinn.${tag}@example.com`,
  phone: `+1 503-555-${tag.replace(/\D/g, '').padEnd(4, '7').slice(0, 4)}`,
};
const INTAKE_SECRET = `sciatica-${tag}`;
const NOTE_SECRET = `note-${tag}`;
// Dates far in the future so no other file's appointments fall in the export range.
const day = (d: number, h: number) => new Date(Date.UTC(2031, 2, d, h + 17));

beforeAll(async () => {
  await ensureClinic(db);
  const f = await makeBookingFixtures(db, { practitioners: 2 });
  const [p] = await db.insert(patients).values(PATIENT).returning();
  patientId = p!.id;
  const rows = await db
    .insert(appointments)
    .values([
      // Own past appointment with intake, a no-show, and one with the other practitioner.
      {
        practitionerId: f.practitioners[0]!.id,
        serviceId: f.service.id,
        patientId,
        startsAt: day(3, 9),
        endsAt: day(3, 10),
        status: 'completed',
        source: 'online',
        intake: { painAreas: ['lower_back'], detail: INTAKE_SECRET },
        patientNotes: '=HYPERLINK("http://evil.example")',
      },
      {
        practitionerId: f.practitioners[0]!.id,
        serviceId: f.service.id,
        patientId,
        startsAt: day(4, 9),
        endsAt: day(4, 10),
        status: 'no_show',
        source: 'staff',
      },
      {
        practitionerId: f.practitioners[1]!.id,
        serviceId: f.service.id,
        patientId,
        startsAt: day(5, 9),
        endsAt: day(5, 10),
        status: 'completed',
        source: 'online',
        intake: { detail: `other-${INTAKE_SECRET}` },
        patientNotes: 'Line one,\n"quoted" line two',
      },
    ])
    .returning({ id: appointments.id, practitionerId: appointments.practitionerId });
  ownAppointment = rows[0]!.id;
  await db.insert(appointmentNotes).values([
    { appointmentId: rows[0]!.id, body: `${NOTE_SECRET}-own` },
    { appointmentId: rows[2]!.id, body: `${NOTE_SECRET}-other` },
  ]);
  admin = await makeStaff('admin');
  frontDesk = await makeStaff('front_desk');
  mine = await makeStaff('practitioner', { practitionerId: f.practitioners[0]!.id });
  theirs = await makeStaff('practitioner', { practitionerId: f.practitioners[1]!.id });
});

beforeEach(() => {
  session.sid = null;
});

const now = new Date('2031-03-20T00:00:00Z');

describe(`patient directory and record (${dbHandle().driver})`, () => {
  it('finds patients by part of the name, e-mail or phone, case-insensitively, with wildcards taken literally', async () => {
    for (const query of [`zebedee${tag}`.toUpperCase(), `quinn.${tag}@`, PATIENT.phone.slice(-7)]) {
      const result = await searchPatients({ query, page: 1, practitionerId: null });
      expect(result.rows.map((r) => r.id)).toContain(patientId);
    }
    expect(
      (await searchPatients({ query: '%', page: 1, practitionerId: null })).rows.map((r) => r.id),
    ).not.toContain(patientId);
  });

  it('stores the phone as E.164 and finds it typed in any format', async () => {
    const desk = await makeStaff('front_desk');
    const digits = `503555${String(Date.now()).slice(-4)}`;
    const created = await createPatient(desk.principal, {
      name: `Phoebe Digits${tag}`,
      email: '',
      phone: `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`,
    });
    if (!created.ok) throw new Error(created.formError);
    const [row] = await db.select().from(patients).where(eq(patients.id, created.data.patientId));
    expect(row!.phone).toBe(`+1${digits}`);
    const formats = [
      digits,
      `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`,
      `${digits.slice(3, 6)}.${digits.slice(6)}`,
    ];
    for (const query of formats) {
      const result = await searchPatients({ query, page: 1, practitionerId: null });
      expect(result.rows.map((r) => r.id)).toContain(created.data.patientId);
    }
  });

  it('a practitioner’s directory holds only their own patients', async () => {
    const own = await searchPatients({
      query: tag,
      page: 1,
      practitionerId: mine.principal.practitionerId,
    });
    expect(own.rows.map((r) => r.id)).toEqual([patientId]);
    const stranger = await makeBookingFixtures(db);
    expect(
      (await searchPatients({ query: tag, page: 1, practitionerId: stranger.practitioners[0]!.id }))
        .total,
    ).toBe(0);
  });

  it('front desk sees contact details and appointments, but no intake, patient note or clinical notes', async () => {
    const record = await loadPatientRecord(frontDesk.principal, patientId, now);
    expect(record?.patient.email).toBe(PATIENT.email);
    expect(record?.past).toHaveLength(3);
    expect(record?.noShows).toBe(1);
    expect(record?.notes).toEqual([]);
    expect(record?.past.every((a) => a.clinical === null)).toBe(true);
    expect(JSON.stringify(record)).not.toContain(INTAKE_SECRET);
    expect(JSON.stringify(record)).not.toContain(NOTE_SECRET);
    expect(JSON.stringify(record)).not.toContain('HYPERLINK');
  });

  it('a practitioner reads intake and notes of their own appointments only', async () => {
    const record = await loadPatientRecord(mine.principal, patientId, now);
    const own = record!.past.find((a) => a.id === ownAppointment);
    expect(own?.clinical?.intake).toMatchObject({ detail: INTAKE_SECRET });
    expect(record!.notes.map((n) => n.body)).toEqual([`${NOTE_SECRET}-own`]);
    expect(JSON.stringify(record)).not.toContain(`other-${INTAKE_SECRET}`);
    expect(JSON.stringify(record)).not.toContain(`${NOTE_SECRET}-other`);
  });

  it('a practitioner can’t open a patient they have never seen; admins see everything', async () => {
    const stranger = await makeBookingFixtures(db);
    const outsider = await makeStaff('practitioner', {
      practitionerId: stranger.practitioners[0]!.id,
    });
    expect(await loadPatientRecord(outsider.principal, patientId, now)).toBeNull();
    const record = await loadPatientRecord(admin.principal, patientId, now);
    expect(record!.notes).toHaveLength(2);
    expect(record!.past.filter((a) => a.clinical !== null)).toHaveLength(3);
  });

  it('every view is audited with ids only', async () => {
    await loadPatientRecord(frontDesk.principal, patientId, now);
    const rows = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'patient.view'),
          eq(auditLog.entityId, patientId),
          eq(auditLog.actorStaffId, frontDesk.user.id),
        ),
      );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.details).toEqual({ clinical: false, notes: 0 });
  });
});

describe(`appointments CSV export (${dbHandle().driver})`, () => {
  const url = 'http://clinic.test/api/staff/exports/appointments.csv?from=2031-03-01&to=2031-03-10';

  it('answers 401 without a session before touching the database', async () => {
    const real = dbHandle().db;
    const spies = (['select', 'insert', 'update', 'execute', 'transaction'] as const).map((m) =>
      vi.spyOn(real, m),
    );
    const response = await exportRoute(new Request(url));
    expect(response.status).toBe(401);
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });

  it('refuses front desk and practitioners (403) through the route and the domain function', async () => {
    for (const who of [frontDesk, mine]) {
      session.sid = who.sessionId;
      const response = await exportRoute(new Request(url));
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain(PATIENT.email);
      expect(
        await exportAppointmentsCsv(
          who.principal,
          { from: '2031-03-01', to: '2031-03-10' },
          'America/Los_Angeles',
        ),
      ).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('gives admins an escaped, formula-safe CSV and audits the export without patient details', async () => {
    session.sid = admin.sessionId;
    const response = await exportRoute(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="appointments-2031-03-01-to-2031-03-10.csv"/,
    );
    const csv = await response.text();
    const mineRows = csv.split('\r\n').filter((line) => line.includes(patientId));
    expect(mineRows).toHaveLength(3);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain(`'${PATIENT.phone}`);
    expect(csv).toContain('"Line one,\n""quoted"" line two"');
    expect(csv).toContain(INTAKE_SECRET);
    expect(csv).not.toMatch(/(^|,)=/m);

    const bad = await exportRoute(
      new Request(
        'http://clinic.test/api/staff/exports/appointments.csv?from=2031-03-10&to=2031-03-01',
      ),
    );
    expect(bad.status).toBe(400);
  });

  it('keeps names, e-mails, phones and intake out of every audit row this file caused', async () => {
    const staffIds = [admin, frontDesk, mine, theirs].map((s) => s.user.id);
    const rows = await db.select().from(auditLog).where(inArray(auditLog.actorStaffId, staffIds));
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['patient.view', 'export.appointments']),
    );
    const text = JSON.stringify(rows);
    for (const secret of [
      PATIENT.name,
      PATIENT.email,
      PATIENT.phone,
      INTAKE_SECRET,
      NOTE_SECRET,
      'Quinn',
      'Zebedee',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});

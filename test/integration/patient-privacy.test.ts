import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as manageCalendar } from '@/app/(booking)/book/manage/[token]/calendar.ics/route';
import { erasePatientAction } from '@/app/(staff)/dashboard/patients/[id]/actions';
import { GET as exportRoute } from '@/app/api/staff/patients/[id]/export/route';
import { db, dbHandle } from '@/db';
import {
  appointmentNotes,
  appointments,
  articleQuestions,
  articles,
  auditLog,
  callbackRequests,
  idempotencyKeys,
  outbox,
  patients,
} from '@/db/schema';
import { book } from '@/lib/appointments/book';
import { cancel } from '@/lib/appointments/cancel';
import { addClinicalNote } from '@/lib/appointments/notes';
import { getBookingByToken } from '@/lib/appointments/online/by-token';
import { writeAudit } from '@/lib/audit';
import { claimById, deliverClaimed } from '@/lib/email/delivery';
import { exportPatientData } from '@/lib/patients/data-export';
import { erasePatient } from '@/lib/patients/erase';
import { patientPseudonym } from '@/lib/patients/pseudonym';
import { loadPatientRecord } from '@/lib/patients/record';
import { bookOnlineRequest, bookingBody, bookingContext } from '../booking-fixtures';
import { bookOnline, recordingTransport } from '../outbox-fixtures';
import { asStaff, makeStaff } from '../staff-fixtures';

const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock('@/lib/auth/config', () => ({
  auth: () => Promise.resolve(session.sid ? { sid: session.sid } : null),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const NOW = new Date('2030-05-06T15:00:00Z'); // Monday 08:00 in Los Angeles (PDT)
const WEDNESDAY_9 = '2030-05-08T09:00:00-07:00';
const THURSDAY_10 = '2030-05-09T10:00:00-07:00';
const tag = randomUUID().slice(0, 8);
const A = {
  email: `ada-${tag}@example.com`,
  name: `Ada Privacy${tag.replace(/\d/g, '')}`,
  phone: `+1 503-555-${(parseInt(tag.slice(0, 4), 16) % 9000) + 1000}`,
};
const B = { email: `bea-${tag}@example.com`, name: 'Bea Other' };
const INTAKE_SECRET = `sciatica-${tag}`;
const NOTE_SECRET = `clinical-${tag}`;
const REASON_SECRET = `flu-${tag}`;
const B_NOTE_SECRET = `other-patient-note-${tag}`;

type Staff = Awaited<ReturnType<typeof makeStaff>>;
let admin: Staff;
let frontDesk: Staff;
let practitioner: Staff;
let patientA = '';
let patientB = '';
let tokenA = '';
let tokenA2 = '';
let tokenB = '';
let upcomingA: string[] = [];
let pastA = '';
let cancelledA = '';
let appointmentB = '';
let slotFixture: Awaited<ReturnType<typeof bookOnline>>;
let queuedForA: string[] = [];

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  // Patient A: two online bookings (manage links, idempotency records, queued e-mails) ...
  slotFixture = await bookOnline(WEDNESDAY_9, NOW, { email: A.email, name: A.name });
  const second = await bookOnline(THURSDAY_10, NOW, { email: A.email, name: A.name });
  tokenA = slotFixture.token;
  tokenA2 = second.token;
  upcomingA = [slotFixture.id, second.id];
  const [rowA] = await db
    .update(patients)
    .set({ phone: A.phone })
    .where(eq(patients.email, A.email))
    .returning({ id: patients.id });
  patientA = rowA!.id;
  // ... a past visit with intake, their note and a clinical note, and a cancelled one.
  const past = await db
    .insert(appointments)
    .values([
      {
        practitionerId: slotFixture.practitioner,
        serviceId: slotFixture.f.service.id,
        patientId: patientA,
        startsAt: at('2030-04-01T16:00:00Z'),
        endsAt: at('2030-04-01T16:30:00Z'),
        status: 'completed',
        source: 'online',
        intake: { painAreas: ['lower_back'], detail: INTAKE_SECRET },
        screeningFlags: ['night_pain'],
        screeningAcknowledgedAt: at('2030-03-30T16:00:00Z'),
        patientNotes: `Knee too, ${tag}`,
      },
      {
        practitionerId: slotFixture.practitioner,
        serviceId: slotFixture.f.service.id,
        patientId: patientA,
        startsAt: at('2030-04-10T16:00:00Z'),
        endsAt: at('2030-04-10T16:30:00Z'),
        status: 'cancelled',
        source: 'staff',
        cancelledAt: at('2030-04-09T16:00:00Z'),
        cancellationReason: REASON_SECRET,
      },
    ])
    .returning({ id: appointments.id });
  pastA = past[0]!.id;
  cancelledA = past[1]!.id;

  // Patient B, who must stay out of A's export and untouched by A's erasure.
  const b = await bookOnline(WEDNESDAY_9, NOW, { email: B.email, name: B.name });
  tokenB = b.token;
  appointmentB = b.id;
  const [rowB] = await db
    .select({ id: patients.id })
    .from(patients)
    .where(eq(patients.email, B.email));
  patientB = rowB!.id;

  admin = await makeStaff('admin');
  frontDesk = await makeStaff('front_desk');
  practitioner = await makeStaff('practitioner', { practitionerId: slotFixture.practitioner });
  // Real writers of audit entries about A: a note and a record view; plus an entry written before
  // notes stopped recording the patient id in their details (erasure must pseudonymise it too).
  await writeAudit({
    actorStaffId: admin.user.id,
    action: 'appointment.note_add',
    entityType: 'appointment',
    entityId: pastA,
    details: { noteId: 'legacy', patientId: patientA },
  });
  expect(
    (await addClinicalNote(admin.principal, { appointmentId: pastA, body: NOTE_SECRET })).ok,
  ).toBe(true);
  expect(
    (await addClinicalNote(admin.principal, { appointmentId: b.id, body: B_NOTE_SECRET })).ok,
  ).toBe(true);
  expect(await loadPatientRecord(admin.principal, patientA, NOW)).not.toBeNull();

  // A call-back request and a reader question carrying A's e-mail; one with A's phone under another name.
  await db.insert(callbackRequests).values([
    { name: A.name, email: A.email, message: `call me ${tag}`, consentAt: NOW },
    { name: A.name, phone: A.phone.replace(/\D/g, ''), message: `by phone ${tag}`, consentAt: NOW },
    { name: 'Housemate', phone: A.phone, message: `housemate ${tag}`, consentAt: NOW },
  ]);
  const [article] = await db
    .insert(articles)
    .values({
      slug: `privacy-${tag}`,
      title: 'Privacy test article',
      description: 'Test',
      topic: 'relief',
      bodyMarkdown: 'Test',
      authorId: slotFixture.practitioner,
    })
    .returning({ id: articles.id });
  await db.insert(articleQuestions).values({
    articleId: article!.id,
    name: A.name,
    email: A.email,
    question: `Does running help? ${tag}`,
    consentAt: NOW,
  });
});

beforeEach(() => {
  session.sid = null;
});

const exportRequest = (id: string) =>
  exportRoute(new Request(`http://localhost/api/staff/patients/${id}/export`), {
    params: Promise.resolve({ id }),
  });

const auditAbout = (entityId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'patient'), eq(auditLog.entityId, entityId)));

describe(`patient data export and erasure (${dbHandle().driver})`, () => {
  it('refuses export and erasure to everyone but admins', async () => {
    expect((await exportRequest(patientA)).status).toBe(401);
    session.sid = frontDesk.sessionId;
    expect((await exportRequest(patientA)).status).toBe(403);
    session.sid = practitioner.sessionId;
    expect((await exportRequest(patientA)).status).toBe(403);
    expect(await exportPatientData(practitioner.principal, patientA, 'UTC')).toMatchObject({
      ok: false,
      status: 403,
    });

    for (const who of [frontDesk, practitioner]) {
      session.sid = who.sessionId;
      expect(await erasePatientAction({ patientId: patientA, confirmation: 'ERASE' })).toEqual({
        ok: false,
        formError: 'Your role can’t do this.',
      });
      expect(
        (await erasePatient(who.principal, { patientId: patientA, confirmation: 'ERASE' })).ok,
      ).toBe(false);
    }
    session.sid = null;
    expect((await erasePatientAction({ patientId: patientA, confirmation: 'ERASE' })).ok).toBe(
      false,
    );
    session.sid = admin.sessionId;
    // Without the confirmation word nothing happens either.
    expect(await erasePatientAction({ patientId: patientA, confirmation: 'erase' })).toMatchObject({
      ok: false,
      fieldErrors: { confirmation: ['Type ERASE in capitals to confirm.'] },
    });
    const [still] = await db.select().from(patients).where(eq(patients.id, patientA));
    expect(still).toMatchObject({ name: A.name, email: A.email, erasedAt: null });
    // This patient's erasure entry (other test files erase their own patients in the same database).
    expect(
      await db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, 'patient.erase'),
            inArray(auditLog.entityId, [patientA, patientPseudonym(patientA)]),
          ),
        ),
    ).toEqual([]);
  });

  it('exports everything held about the patient as a JSON download, and nothing of anyone else', async () => {
    session.sid = admin.sessionId;
    const response = await exportRequest(patientA);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="patient-${patientA}.json"`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const data = JSON.parse(text) as {
      version: number;
      generatedAt: string;
      patient: { id: string; name: string; email: string; phone: string };
      appointments: Array<{
        id: string;
        start: string;
        startLocal: string;
        therapy: string;
        practitioner: { name: string };
        status: string;
        source: string;
        intake: Record<string, unknown>;
        screening: { flags: string[]; acknowledgedAt: string } | null;
        patientNote: string;
        cancellation: { reason: string } | null;
      }>;
      clinicalNotes: Array<{ appointmentId: string; body: string }>;
      messages: Array<{
        recipient: string;
        subject: string;
        kind: string;
        status: string;
        text: string;
      }>;
      callbackRequests: Array<{ message: string }>;
      articleQuestions: Array<{ question: string }>;
      auditLog: Array<{ action: string; entityId: string }>;
    };
    expect(data.version).toBe(1);
    expect(Number.isNaN(Date.parse(data.generatedAt))).toBe(false);
    expect(data.patient).toMatchObject({
      id: patientA,
      name: A.name,
      email: A.email,
      phone: A.phone,
    });
    expect(data.appointments.map((a) => a.id).sort()).toEqual(
      [...upcomingA, pastA, cancelledA].sort(),
    );
    const wednesday = data.appointments.find((a) => a.id === upcomingA[0])!;
    expect(wednesday).toMatchObject({
      start: '2030-05-08T16:00:00.000Z',
      startLocal: '2030-05-08T09:00:00-07:00',
      therapy: slotFixture.f.service.name,
      status: 'booked',
      source: 'online',
      intake: { painAreas: ['lower_back'] },
    });
    const past = data.appointments.find((a) => a.id === pastA)!;
    expect(past.intake).toMatchObject({ detail: INTAKE_SECRET });
    expect(past.screening).toEqual({
      flags: ['night_pain'],
      acknowledgedAt: '2030-03-30T16:00:00.000Z',
    });
    expect(wednesday.screening).toBeNull();
    expect(past.patientNote).toBe(`Knee too, ${tag}`);
    expect(data.appointments.find((a) => a.id === cancelledA)!.cancellation).toMatchObject({
      reason: REASON_SECRET,
    });
    expect(data.clinicalNotes).toEqual([
      expect.objectContaining({ appointmentId: pastA, body: NOTE_SECRET }),
    ]);
    expect(
      data.messages
        .filter((m) => m.recipient === A.email)
        .map((m) => m.kind)
        .sort(),
    ).toEqual(['confirmation', 'confirmation', 'reminder', 'reminder']);
    expect(data.messages.every((m) => m.subject && m.text && m.status === 'pending')).toBe(true);
    expect(data.callbackRequests.map((c) => c.message).sort()).toEqual([
      `by phone ${tag}`,
      `call me ${tag}`,
    ]);
    expect(data.articleQuestions.map((q) => q.question)).toEqual([`Does running help? ${tag}`]);
    expect(data.auditLog.map((e) => e.action)).toEqual(
      expect.arrayContaining(['patient.view', 'appointment.note_add']),
    );
    for (const foreign of [
      patientB,
      appointmentB,
      B.email,
      B.name,
      B_NOTE_SECRET,
      `housemate ${tag}`,
    ]) {
      expect(text).not.toContain(foreign);
    }
    const exports = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'patient.export'), eq(auditLog.entityId, patientA)));
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ actorStaffId: admin.user.id, entityType: 'patient' });
    expect(JSON.stringify(exports[0]!.details)).not.toContain(A.email);
  });

  it('erases in one go: record anonymised, clinical data, e-mails and links gone, upcoming visits cancelled, audit pseudonymised', async () => {
    const pseudonym = patientPseudonym(patientA);
    expect(pseudonym).toMatch(/^pseud_[0-9a-f]{24}$/);
    expect(await getBookingByToken(tokenA, { now: NOW })).not.toBeNull();
    const pendingBefore = await db
      .select({ id: outbox.id })
      .from(outbox)
      .where(eq(outbox.recipient, A.email));
    expect(pendingBefore.length).toBe(4);
    queuedForA = pendingBefore.map((m) => m.id);

    const result = await erasePatient(
      admin.principal,
      { patientId: patientA, confirmation: 'ERASE' },
      NOW,
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        pseudonym,
        alreadyErased: false,
        appointmentsCancelled: 2,
        appointmentsRedacted: 4,
        notesDeleted: 1,
        callbacksDeleted: 2,
        questionsAnonymised: 1,
        idempotencyKeysDeleted: 2,
      },
    });
    if (!result.ok) return;
    // Both confirmations and reminders, plus the clinic's two new-booking notices about them.
    expect(result.data.messagesDeleted).toBe(6);

    const [patient] = await db.select().from(patients).where(eq(patients.id, patientA));
    expect(patient!.name).toBe('Erased patient');
    expect(patient!.phone).toBe('');
    expect(patient!.email).toMatch(/^erased-[0-9a-f]{24}@erased\.invalid$/);
    expect(patient!.erasedAt).toEqual(NOW);

    const rows = await db.select().from(appointments).where(eq(appointments.patientId, patientA));
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.intake).toEqual({});
      expect(row.screeningFlags).toEqual([]);
      expect(row.screeningAcknowledgedAt).toBeNull();
      expect(row.patientNotes).toBe('');
      expect(row.manageTokenHash).toBeNull();
      expect(row.cancellationReason ?? '').not.toContain(REASON_SECRET);
    }
    expect(rows.filter((r) => upcomingA.includes(r.id)).map((r) => r.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
    expect(rows.find((r) => r.id === pastA)!.status).toBe('completed');
    const ids = rows.map((r) => r.id);
    expect(
      await db.select().from(appointmentNotes).where(inArray(appointmentNotes.appointmentId, ids)),
    ).toEqual([]);
    expect(
      await db.select().from(idempotencyKeys).where(inArray(idempotencyKeys.appointmentId, ids)),
    ).toEqual([]);
    expect(await db.select().from(outbox).where(inArray(outbox.appointmentId, ids))).toEqual([]);
    expect(await db.select().from(outbox).where(eq(outbox.recipient, A.email))).toEqual([]);
    const callbacks = await db
      .select()
      .from(callbackRequests)
      .where(sql`${callbackRequests.message} like ${`%${tag}`}`);
    expect(callbacks.map((c) => c.message)).toEqual([`housemate ${tag}`]);
    const [question] = await db
      .select()
      .from(articleQuestions)
      .where(eq(articleQuestions.question, `Does running help? ${tag}`));
    expect(question).toMatchObject({ name: null, email: null });

    // Audit: no raw id left anywhere, the history kept under the pseudonym, the erasure recorded.
    const raw = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        sql`${auditLog.entityId} = ${patientA} or ${auditLog.details}::text like ${`%${patientA}%`}`,
      );
    expect(raw).toEqual([]);
    const history = await auditAbout(pseudonym);
    expect(history.map((e) => e.action).sort()).toEqual([
      'patient.erase',
      'patient.export',
      'patient.view',
    ]);
    const erase = history.find((e) => e.action === 'patient.erase')!;
    expect(erase).toMatchObject({
      actorStaffId: admin.user.id,
      details: expect.objectContaining({
        appointmentsCancelled: 2,
        notesDeleted: 1,
        alreadyErased: false,
      }),
    });
    const [note] = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'appointment.note_add'),
          eq(auditLog.entityId, pastA),
          sql`${auditLog.details}->>'noteId' = 'legacy'`,
        ),
      );
    expect(note!.details).toMatchObject({ patientId: pseudonym });
  });

  it('leaves no way in through an old manage link, and frees the slots', async () => {
    for (const token of [tokenA, tokenA2]) {
      expect(await getBookingByToken(token, { now: NOW })).toBeNull();
      expect(
        await cancel({ kind: 'patient', via: 'manage_link' }, { manageToken: token }, {}, NOW),
      ).toMatchObject({
        ok: false,
        code: 'not_found',
      });
      const ics = await manageCalendar(
        new Request(`http://localhost/book/manage/${token}/calendar.ics`),
        {
          params: Promise.resolve({ token }),
        },
      );
      expect(ics.status).toBe(404);
    }
    // The other patient's link still works.
    expect(await getBookingByToken(tokenB, { now: NOW })).toMatchObject({ id: appointmentB });
    // A's Wednesday slot with that practitioner is bookable again.
    const rebook = await bookOnlineRequest(
      bookingBody(slotFixture.f, WEDNESDAY_9, { practitioner: slotFixture.practitioner }),
      bookingContext(NOW),
    );
    expect(rebook.ok).toBe(true);
  });

  it('refuses a desk booking for the erased patient', async () => {
    const countA = async () => {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(appointments)
        .where(eq(appointments.patientId, patientA));
      return row!.n;
    };
    const before = await countA();
    const result = await book(
      asStaff(frontDesk),
      {
        patient: { id: patientA },
        service: slotFixture.f.service.slug,
        practitioner: null,
        start: THURSDAY_10,
      },
      { now: NOW },
    );
    expect(result.ok).toBe(false);
    expect(await countA()).toBe(before);
  });

  it('sends none of the erased patient’s queued e-mails, while other mail still goes out', async () => {
    // Claimed by id, as the pg-boss worker does, so other test files' messages are left alone.
    const transport = recordingTransport();
    const later = new Date(NOW.getTime() + 10 * 86_400_000);
    expect(queuedForA).toHaveLength(4);
    for (const id of queuedForA) expect(await claimById(id, later)).toBeNull();
    const forB = await db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.recipient, B.email), eq(outbox.kind, 'confirmation')));
    expect(forB).toHaveLength(1);
    const claimed = await claimById(forB[0]!.id, later);
    expect(claimed).not.toBeNull();
    expect(await deliverClaimed(claimed!, transport, () => later)).toBe('sent');
    expect(transport.sent.map((m) => m.to)).toEqual([B.email]);
  });

  it('erasing again is harmless, the export then holds no personal data, and the record shows “Erased patient”', async () => {
    const [before] = await db.select().from(patients).where(eq(patients.id, patientA));
    session.sid = admin.sessionId;
    const again = await erasePatientAction({ patientId: patientA, confirmation: 'ERASE' });
    expect(again).toMatchObject({
      ok: true,
      data: { alreadyErased: true, appointmentsCancelled: 0, notesDeleted: 0, messagesDeleted: 0 },
    });
    const [after] = await db.select().from(patients).where(eq(patients.id, patientA));
    expect(after).toMatchObject({ email: before!.email, erasedAt: before!.erasedAt });

    const record = await loadPatientRecord(admin.principal, patientA, NOW);
    expect(record!.patient.name).toBe('Erased patient');
    expect(record!.notes).toEqual([]);

    const response = await exportRequest(patientA);
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const secret of [
      A.email,
      A.name,
      A.phone,
      INTAKE_SECRET,
      NOTE_SECRET,
      REASON_SECRET,
      patientB,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(await auditAbout(patientA)).toEqual([]);
    expect((await auditAbout(patientPseudonym(patientA))).map((e) => e.action)).toEqual(
      expect.arrayContaining(['patient.erase', 'patient.erase', 'patient.view', 'patient.export']),
    );
    // The database itself refuses a name on an erased row.
    await expect(
      db.update(patients).set({ name: A.name }).where(eq(patients.id, patientA)),
    ).rejects.toThrow();
    // Patient B is untouched.
    const [b] = await db.select().from(patients).where(eq(patients.id, patientB));
    expect(b).toMatchObject({ email: B.email, erasedAt: null });
  });
});

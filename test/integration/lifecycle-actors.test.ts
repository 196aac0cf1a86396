import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as postBooking } from '@/app/api/v1/bookings/route';
import { db, dbHandle } from '@/db';
import { appointments, auditLog, patients } from '@/db/schema';
import { book } from '@/lib/appointments/book';
import { cancel } from '@/lib/appointments/cancel';
import { move } from '@/lib/appointments/move';
import { getAvailability } from '@/lib/appointments/open-times';
import { setStatus } from '@/lib/appointments/set-status';
import { addDays, clinicDate } from '@/lib/time/calendar';
import {
  bookingBody,
  bookingContext,
  bookOnlineRequest,
  makeBookingFixtures,
} from '../booking-fixtures';
import { asStaff, makeStaff } from '../staff-fixtures';

// Every change through every actor: one module, one audit row per change, written with it.
const TZ = 'America/Los_Angeles';
const NOW = new Date('2030-07-01T15:00:00Z'); // Monday 08:00 PDT
const at = (local: string) =>
  DateTime.fromISO(local, { zone: TZ }).toISO({ suppressMilliseconds: true })!;
const LINK = { kind: 'patient', via: 'manage_link' } as const;

type Staff = Awaited<ReturnType<typeof makeStaff>>;
let f: Awaited<ReturnType<typeof makeBookingFixtures>>;
let A: string;
let desk: Staff;
let drA: Staff;

beforeAll(async () => {
  f = await makeBookingFixtures(db, { practitioners: 2 });
  A = f.practitioners[0]!.id;
  desk = await makeStaff('front_desk');
  drA = await makeStaff('practitioner', { practitionerId: A });
});

const auditOf = (appointmentId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'appointment'), eq(auditLog.entityId, appointmentId)))
    .orderBy(auditLog.id);
const stored = async (id: string) =>
  (await db.select().from(appointments).where(eq(appointments.id, id)))[0]!;

async function newPatient() {
  const [row] = await db
    .insert(patients)
    .values({ name: `Pat ${randomUUID().slice(0, 6)}`, email: null, phone: '+1 503-555-0111' })
    .returning({ id: patients.id });
  return row!.id;
}

describe(`every change through every actor (${dbHandle().driver})`, () => {
  it('a patient books in the flow, then moves and cancels through the manage link: each audited as the patient', async () => {
    const booked = await bookOnlineRequest(
      bookingBody(f, at('2030-07-02T09:00'), { practitioner: A }),
      bookingContext(NOW),
    );
    if (!booked.ok) throw new Error(booked.code);
    const { appointmentId: id, manageToken } = booked.data;
    const moved = await move(
      LINK,
      { manageToken: manageToken! },
      { start: at('2030-07-02T11:00') },
      NOW,
    );
    expect(moved).toMatchObject({ ok: true, data: { start: at('2030-07-02T11:00') } });
    // The old time is freed (a waitlist could offer it), the new one is not.
    if (moved.ok)
      expect(moved.data.freed).toEqual([
        {
          practitionerId: A,
          serviceId: f.service.id,
          start: new Date(at('2030-07-02T09:00')),
          end: new Date(at('2030-07-02T09:30')),
        },
      ]);
    const cancelled = await cancel(LINK, { manageToken: manageToken! }, {}, NOW);
    expect(cancelled).toMatchObject({ ok: true, data: { status: 'cancelled' } });
    if (cancelled.ok) expect(cancelled.data.freed).toHaveLength(1);

    const audit = await auditOf(id);
    expect(audit.map((r) => [r.action, r.actorKind, r.actorStaffId, r.details.via])).toEqual([
      ['appointment.create', 'patient', null, 'booking_flow'],
      ['appointment.reschedule', 'patient', null, 'manage_link'],
      ['appointment.cancel', 'patient', null, 'manage_link'],
    ]);
    expect(audit[1]!.details).toMatchObject({
      fromStart: new Date(at('2030-07-02T09:00')).toISOString(),
      toStart: new Date(at('2030-07-02T11:00')).toISOString(),
    });
    expect(audit[2]!.details).toMatchObject({ from: 'booked', to: 'cancelled' });
  });

  it('an API client books through /api/v1: audited as the API', async () => {
    // The route runs on the real clock: take an open time from the public search first.
    const today = clinicDate(new Date(), TZ);
    const view = await getAvailability({
      serviceSlug: f.service.slug,
      practitionerId: A,
      from: addDays(today, 1),
      to: addDays(today, 7),
    });
    const response = await postBooking(
      new Request('http://clinic.test/api/v1/bookings', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': `key-${randomUUID()}`,
          'x-forwarded-for': randomUUID(),
        },
        body: JSON.stringify(bookingBody(f, view.slots[0]!.start, { practitioner: A })),
      }),
    );
    expect(response.status).toBe(201);
    const { booking } = (await response.json()) as { booking: { id: string } };
    const [row] = await auditOf(booking.id);
    expect(row).toMatchObject({
      action: 'appointment.create',
      actorKind: 'api',
      actorStaffId: null,
    });
    expect(row!.details).toMatchObject({ via: 'api_v1', source: 'online' });
  });

  it('staff book, move, check in, undo a mistake the same day and cancel: each audited with who did it', async () => {
    const patientId = await newPatient();
    const booked = await book(
      asStaff(desk),
      {
        patient: { id: patientId },
        service: f.service.slug,
        practitioner: A,
        start: at('2030-07-04T09:00'),
      },
      { now: NOW },
    );
    if (!booked.ok) throw new Error(booked.formError);
    const id = booked.data.appointmentId;
    expect(booked.data.manageToken).toBeNull();
    expect(
      await move(asStaff(desk), { appointmentId: id }, { start: at('2030-07-04T10:00') }, NOW),
    ).toMatchObject({ ok: true });

    const dayOf = new Date(at('2030-07-04T09:50'));
    expect(
      await setStatus(asStaff(drA), { appointmentId: id, change: 'check_in' }, dayOf),
    ).toMatchObject({
      ok: true,
      data: { status: 'arrived' },
    });
    // A mistaken check-in is undone the same day, with a reason the audit log keeps as a code.
    expect(
      await setStatus(
        asStaff(desk),
        { appointmentId: id, change: 'undo_check_in', reason: 'wrong_appointment' },
        dayOf,
      ),
    ).toMatchObject({ ok: true, data: { status: 'confirmed' } });
    // …after which it can be moved or cancelled again, as before the mistake.
    expect(
      await cancel(
        asStaff(desk),
        { appointmentId: id },
        { reason: 'Patient called to cancel' },
        dayOf,
      ),
    ).toMatchObject({ ok: true });

    const audit = await auditOf(id);
    expect(audit.map((r) => [r.action, r.actorStaffId])).toEqual([
      ['appointment.create', desk.user.id],
      ['appointment.reschedule', desk.user.id],
      ['appointment.check_in', drA.user.id],
      ['appointment.undo_check_in', desk.user.id],
      ['appointment.cancel', desk.user.id],
    ]);
    expect(audit.every((r) => r.actorKind === 'staff')).toBe(true);
    expect(audit[3]!.details).toMatchObject({
      from: 'arrived',
      to: 'confirmed',
      reason: 'wrong_appointment',
    });
    // The staff member's free-text reason stays with the appointment, out of the audit log.
    expect(JSON.stringify(audit.map((r) => r.details))).not.toContain('Patient called');
    expect((await stored(id)).cancellationReason).toBe('Patient called to cancel');
  });

  it('refuses check-in before the day and undo the day after, and writes nothing for a refusal', async () => {
    const patientId = await newPatient();
    const booked = await book(
      asStaff(desk),
      {
        patient: { id: patientId },
        service: f.service.slug,
        practitioner: A,
        start: at('2030-07-05T09:00'),
      },
      { now: NOW },
    );
    if (!booked.ok) throw new Error(booked.formError);
    const id = booked.data.appointmentId;
    expect(
      await setStatus(asStaff(desk), { appointmentId: id, change: 'check_in' }, NOW),
    ).toMatchObject({
      ok: false,
      code: 'not_allowed',
      formError: expect.stringMatching(/only on the day/),
    });
    const during = new Date(at('2030-07-05T09:10'));
    expect(
      (await setStatus(asStaff(desk), { appointmentId: id, change: 'no_show' }, during)).ok,
    ).toBe(true);
    const nextDay = new Date(at('2030-07-06T09:00'));
    expect(
      await setStatus(
        asStaff(desk),
        { appointmentId: id, change: 'undo_no_show', reason: 'arrived_late' },
        nextDay,
      ),
    ).toMatchObject({
      ok: false,
      code: 'not_allowed',
      formError: expect.stringMatching(/only on the day/),
    });
    expect((await stored(id)).status).toBe('no_show');
    expect((await auditOf(id)).map((r) => r.action)).toEqual([
      'appointment.create',
      'appointment.no_show',
    ]);
  });

  it('lets a patient change nothing but move and cancel, and staff only their own diary', async () => {
    const booked = await bookOnlineRequest(
      bookingBody(f, at('2030-07-08T09:00'), { practitioner: A }),
      bookingContext(NOW),
    );
    if (!booked.ok) throw new Error(booked.code);
    const id = booked.data.appointmentId;
    expect(await setStatus(LINK, { appointmentId: id, change: 'confirm' }, NOW)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    const other = await makeStaff('practitioner', { practitionerId: f.practitioners[1]!.id });
    expect(
      await cancel(asStaff(other), { appointmentId: id }, { reason: 'not mine' }, NOW),
    ).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect((await auditOf(id)).map((r) => r.action)).toEqual(['appointment.create']);
  });
});

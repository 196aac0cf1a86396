import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { listUpcomingClosures } from '@/db/queries/closures';
import { appointments, auditLog, clinicClosures, patients } from '@/db/schema';
import { book } from '@/lib/appointments/book';
import { addClosure, removeClosure } from '@/lib/appointments/closures';
import { getAvailability } from '@/lib/appointments/open-times';
import {
  bookingBody,
  bookingContext,
  bookOnlineRequest,
  makeBookingFixtures,
} from '../booking-fixtures';
import { asStaff, makeStaff } from '../staff-fixtures';

// Closures are clinic-wide: every test here uses its own far-apart days so files running side by
// side on one database (and the tests below) never close each other's times.
const NOW = new Date('2030-11-04T16:00:00Z'); // Monday 08:00 PST
const day = (d: number) => `2030-11-${String(d).padStart(2, '0')}`;
const at = (d: number, hhmm: string) => `${day(d)}T${hhmm}:00-08:00`;

type Staff = Awaited<ReturnType<typeof makeStaff>>;
let f: Awaited<ReturnType<typeof makeBookingFixtures>>;
let admin: Staff;
let desk: Staff;

beforeAll(async () => {
  f = await makeBookingFixtures(db, { practitioners: 2 });
  admin = await makeStaff('admin');
  desk = await makeStaff('front_desk');
});

const slotsOn = async (d: number) =>
  (
    await getAvailability({
      serviceSlug: f.service.slug,
      practitionerId: null,
      from: day(d),
      to: day(d),
      now: NOW,
    })
  ).slots.map((s) => s.start);

async function newPatient() {
  const [row] = await db
    .insert(patients)
    .values({
      name: 'Closed Out',
      email: `closed-${randomUUID()}@example.com`,
      phone: '+1 503-555-0170',
    })
    .returning({ id: patients.id });
  return row!.id;
}

describe(`clinic closures (${dbHandle().driver})`, () => {
  it('hides a closed day from availability and the API, with the reason for patients', async () => {
    expect(await slotsOn(12)).toContain(at(12, '09:00'));
    const closed = await addClosure(
      admin.principal,
      { kind: 'day', date: day(12), reason: 'Closed for Veterans Day' },
      NOW,
    );
    if (!closed.ok) throw new Error(closed.formError);
    expect(await slotsOn(12)).toEqual([]);
    expect(await slotsOn(13)).toContain(at(13, '09:00'));
    const view = await getAvailability({
      serviceSlug: f.service.slug,
      practitionerId: f.practitioners[0]!.id,
      from: day(11),
      to: day(13),
      now: NOW,
    });
    expect(view.closures).toEqual([
      {
        start: `${day(12)}T00:00:00-08:00`,
        end: `${day(13)}T00:00:00-08:00`,
        reason: 'Closed for Veterans Day',
      },
    ]);
  });

  it('refuses bookings inside a closure, online and at the desk, saying the clinic is closed and why', async () => {
    const closed = await addClosure(
      admin.principal,
      {
        kind: 'part',
        date: day(14),
        startTime: '12:00',
        endTime: '17:00',
        reason: 'Staff training',
      },
      NOW,
    );
    if (!closed.ok) throw new Error(closed.formError);
    const slots = await slotsOn(14);
    expect(slots).toContain(at(14, '11:30'));
    expect(slots).not.toContain(at(14, '11:45')); // the visit would run into the closure
    expect(slots).not.toContain(at(14, '13:00'));

    const online = await bookOnlineRequest(bookingBody(f, at(14, '13:00')), bookingContext(NOW));
    expect(online).toMatchObject({
      ok: false,
      code: 'not_bookable',
      reason: 'closed',
      formError: 'The clinic is closed then: Staff training.',
    });
    const atDesk = await book(
      asStaff(desk),
      {
        patient: { id: await newPatient() },
        service: f.service.slug,
        practitioner: f.practitioners[1]!.id,
        start: at(14, '15:00'),
      },
      { now: NOW },
    );
    expect(atDesk).toMatchObject({ ok: false, code: 'not_bookable', reason: 'closed' });
    if (!atDesk.ok && atDesk.code === 'not_bookable')
      expect(
        atDesk.alternatives.every((s) => Date.parse(s.start) >= Date.parse(at(15, '00:00'))),
      ).toBe(true);
  });

  it('lists the bookings inside a new closure instead of cancelling them, and adds it once the admin has seen them', async () => {
    const booked = await bookOnlineRequest(bookingBody(f, at(18, '10:00')), bookingContext(NOW));
    if (!booked.ok) throw new Error(booked.code);
    const input = {
      kind: 'range' as const,
      date: day(18),
      endDate: day(19),
      reason: 'Closed for the holidays',
    };
    const first = await addClosure(admin.principal, input, NOW);
    expect(first).toMatchObject({ ok: false, code: 'conflicts' });
    if (!first.ok && first.code === 'conflicts')
      expect(first.conflicts.map((c) => c.id)).toEqual([booked.data.appointmentId]);
    expect(
      await db.select().from(clinicClosures).where(eq(clinicClosures.reason, input.reason)),
    ).toEqual([]);

    const added = await addClosure(admin.principal, { ...input, acknowledgeBookings: true }, NOW);
    if (!added.ok) throw new Error(added.formError);
    expect(added.data.affected.map((c) => c.id)).toEqual([booked.data.appointmentId]);
    const [row] = await db
      .select()
      .from(appointments)
      .where(eq(appointments.id, booked.data.appointmentId));
    expect(row!.status).toBe('booked');
    const upcoming = await listUpcomingClosures(NOW);
    expect(upcoming.find((c) => c.id === added.data.closureId)?.affected.map((a) => a.id)).toEqual([
      booked.data.appointmentId,
    ]);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, added.data.closureId));
    expect(audit).toMatchObject({
      action: 'closure.create',
      actorStaffId: admin.user.id,
      details: { bookingsInside: 1 },
    });
  });

  it('lets only admins close or reopen, and reopening frees the time at once', async () => {
    expect(
      await addClosure(
        desk.principal,
        { kind: 'day', date: day(21), reason: 'Not mine to close' },
        NOW,
      ),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    const added = await addClosure(
      admin.principal,
      { kind: 'day', date: day(21), reason: 'Thanksgiving' },
      NOW,
    );
    if (!added.ok) throw new Error(added.formError);
    expect(await slotsOn(21)).toEqual([]);
    expect(await removeClosure(desk.principal, { closureId: added.data.closureId })).toMatchObject({
      ok: false,
    });
    expect((await removeClosure(admin.principal, { closureId: added.data.closureId })).ok).toBe(
      true,
    );
    expect(await slotsOn(21)).toContain(at(21, '09:00'));
    expect(await removeClosure(admin.principal, { closureId: added.data.closureId })).toMatchObject(
      {
        ok: false,
        code: 'not_found',
      },
    );
  });

  it('refuses a closure that is already over, or a part of a day that ends before it starts', async () => {
    expect(
      await addClosure(
        admin.principal,
        { kind: 'day', date: '2030-11-01', reason: 'Too late' },
        NOW,
      ),
    ).toMatchObject({ ok: false, code: 'invalid' });
  });
});

import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addClinicalNoteAction,
  cancelAppointmentAction,
  changeAppointmentStatusAction,
  rescheduleAppointmentAction,
} from '@/app/(staff)/dashboard/appointments/actions';
import {
  bookAppointmentAction,
  createPatientAction,
} from '@/app/(staff)/dashboard/appointments/new/actions';
import {
  addTimeOffAction,
  removeTimeOffAction,
} from '@/app/(staff)/dashboard/schedule/time-off/actions';
import { sql } from 'drizzle-orm';
import { db, dbHandle } from '@/db';
import { addDays, clinicDate } from '@/lib/time/calendar';
import { makeBookingFixtures } from '../booking-fixtures';
import { makeStaff } from '../staff-fixtures';

// The actions themselves, outside Next: Auth.js is mocked to hand over a session id, and from
// there the real wrapper validates that session against staff_users and sessions in the database.
const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock('@/lib/auth/config', () => ({
  auth: () => Promise.resolve(session.sid ? { sid: session.sid } : null),
}));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath, revalidateTag: vi.fn() }));

const TZ = 'America/Los_Angeles';
type Staff = Awaited<ReturnType<typeof makeStaff>>;
let f: Awaited<ReturnType<typeof makeBookingFixtures>>;
let A: string;
let desk: Staff;
let drA: Staff;
let drB: Staff;
const as = (staff: Staff | null) => {
  session.sid = staff?.sessionId ?? null;
};

beforeAll(async () => {
  f = await makeBookingFixtures(db, { practitioners: 2 });
  A = f.practitioners[0]!.id;
  desk = await makeStaff('front_desk');
  drA = await makeStaff('practitioner', { practitionerId: A });
  drB = await makeStaff('practitioner', { practitionerId: f.practitioners[1]!.id });
});

afterEach(() => {
  as(null);
  revalidatePath.mockClear();
});

describe(`staff schedule actions (${dbHandle().driver})`, () => {
  it('refuse a signed-out call before parsing the input or touching the database', async () => {
    as(null);
    const real = dbHandle().db;
    const methods = ['select', 'insert', 'update', 'delete', 'execute', 'transaction'] as const;
    const spies = methods.map((m) => vi.spyOn(real, m));
    try {
      const results = await Promise.all([
        changeAppointmentStatusAction({ appointmentId: 'not-a-uuid', to: 'nonsense' }),
        cancelAppointmentAction(undefined),
        rescheduleAppointmentAction({}),
        addClinicalNoteAction('x'),
        bookAppointmentAction(null),
        createPatientAction({ name: 1 }),
        addTimeOffAction([]),
        removeTimeOffAction({ timeOffId: randomUUID() }),
      ]);
      for (const result of results) {
        expect(result).toEqual({
          ok: false,
          formError: expect.stringMatching(/session has ended/),
        });
      }
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      expect(revalidatePath).not.toHaveBeenCalled();
      // The spies do see queries made through the app's client, so their silence above means something.
      await db.execute(sql`select 1`);
      expect(spies[methods.indexOf('execute')]).toHaveBeenCalledTimes(1);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('run as the signed-in role, with the same per-diary rules as the domain functions', async () => {
    // Real clock here (the actions use it): a day ten days out, inside everyone's 09:00–17:00.
    const day = addDays(clinicDate(new Date(), TZ), 10);
    const at = (t: string) =>
      DateTime.fromISO(`${day}T${t}`, { zone: TZ }).toISO({ suppressMilliseconds: true })!;

    as(desk);
    const patient = await createPatientAction({
      name: 'Phone Caller',
      email: `caller-${randomUUID()}@example.com`,
      phone: '503 555 0142',
    });
    if (!patient.ok) throw new Error(patient.formError);
    const invalid = await bookAppointmentAction({
      patientId: patient.data.patientId,
      service: 'x',
      practitioner: A,
      start: 'tomorrow',
      requestKey: randomUUID(),
    });
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { start: expect.any(Array) } });
    const booked = await bookAppointmentAction({
      patientId: patient.data.patientId,
      service: f.service.slug,
      practitioner: A,
      start: at('10:00'),
      requestKey: randomUUID(),
    });
    if (!booked.ok) throw new Error(booked.formError);
    const appointmentId = booked.data.appointmentId;
    expect(revalidatePath).toHaveBeenCalledWith('/dashboard', 'layout');
    expect((await rescheduleAppointmentAction({ appointmentId, start: at('11:00') })).ok).toBe(
      true,
    );

    as(drB);
    expect(
      await changeAppointmentStatusAction({ appointmentId, change: 'check_in' }),
    ).toMatchObject({ ok: false, formError: expect.stringMatching(/own diary/) });
    expect(
      await addTimeOffAction({
        practitionerId: A,
        start: `${day}T15:00`,
        end: `${day}T16:00`,
        reason: '',
      }),
    ).toMatchObject({ ok: false });

    as(desk);
    expect(await addClinicalNoteAction({ appointmentId, body: 'desk tries' })).toMatchObject({
      ok: false,
    });
    expect(await cancelAppointmentAction({ appointmentId, reason: '' })).toMatchObject({
      ok: false,
      fieldErrors: { reason: expect.any(Array) },
    });

    as(drA);
    // Their own diary, but ten days early: check-in is for the appointment's own day.
    expect(
      await changeAppointmentStatusAction({ appointmentId, change: 'check_in' }),
    ).toMatchObject({ ok: false, formError: expect.stringMatching(/only on the day/) });
    expect(await changeAppointmentStatusAction({ appointmentId, to: 'arrived' })).toMatchObject({
      ok: false,
      fieldErrors: { change: expect.any(Array) },
    });
    expect(
      (await addClinicalNoteAction({ appointmentId, body: 'Reviewed; mobility better.' })).ok,
    ).toBe(true);
    const block = await addTimeOffAction({
      practitionerId: A,
      start: `${day}T15:00`,
      end: `${day}T16:00`,
      reason: 'Admin hour',
    });
    if (!block.ok) throw new Error(block.formError);

    as(desk);
    expect((await removeTimeOffAction({ timeOffId: block.data.timeOffId })).ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { loadPolicyAndService } from '@/db/queries/availability';
import { patients } from '@/db/schema';
import { book } from '@/lib/appointments/book';
import { getAvailability, nextOpenTimes, openTimeViews } from '@/lib/appointments/open-times';
import {
  bookingBody,
  bookingContext,
  bookOnlineRequest,
  makeBookingFixtures,
} from '../booking-fixtures';
import { asStaff, makeStaff } from '../staff-fixtures';

// The one open-times search, asked by patients (the flow and the API) and by staff.
const NOW = new Date('2030-08-05T15:00:00Z'); // Monday 08:00 PDT
const NOTICE_END = new Date(NOW.getTime() + 120 * 60_000); // the demo clinic's 2 hours

describe(`open times: patients and staff ask the same search (${dbHandle().driver})`, () => {
  it('gives staff and patients the same times for the same policy, apart from the minimum notice', async () => {
    const f = await makeBookingFixtures(db, {
      practitioners: 2,
      service: { bufferAfterMinutes: 10 },
    });
    const desk = await makeStaff('front_desk');
    const [patient] = await db
      .insert(patients)
      .values({ name: 'Busy Diary', email: `busy-${f.tag}@example.com`, phone: '+1 503-555-0101' })
      .returning();
    // Some of the day is taken, online and at the desk, so both searches have something to skip.
    for (const start of ['2030-08-05T11:00:00-07:00', '2030-08-06T09:00:00-07:00']) {
      const r = await bookOnlineRequest(bookingBody(f, start), bookingContext(NOW));
      expect(r.ok).toBe(true);
    }
    expect(
      (
        await book(
          asStaff(desk),
          {
            patient: { id: patient!.id },
            service: f.service.slug,
            practitioner: f.practitioners[1]!.id,
            start: '2030-08-06T10:00:00-07:00',
          },
          { now: NOW },
        )
      ).ok,
    ).toBe(true);

    const { policy, service } = await loadPolicyAndService(f.service.slug);
    for (const practitionerId of [null, f.practitioners[0]!.id]) {
      const patientView = await getAvailability({
        serviceSlug: f.service.slug,
        practitionerId,
        from: '2030-08-05',
        to: '2030-08-07',
        now: NOW,
      });
      const staffView = await openTimeViews({
        policy,
        service: service!,
        practitionerId,
        from: '2030-08-05',
        to: '2030-08-07',
        now: NOW,
        minimumNotice: false,
      });
      const key = (s: { start: string; practitionerId: string }) =>
        `${s.start} ${s.practitionerId}`;
      const patientTimes = patientView.slots.map(key);
      const staffTimes = staffView!.slots.map(key);
      // Staff see everything patients see, plus exactly the starts inside the notice.
      expect(staffTimes.filter((t) => patientTimes.includes(t))).toEqual(patientTimes);
      const onlyStaff = staffView!.slots.filter((s) => !patientTimes.includes(key(s)));
      expect(onlyStaff.length).toBeGreaterThan(0);
      for (const s of onlyStaff) expect(Date.parse(s.start)).toBeLessThan(NOTICE_END.getTime());
      expect(
        staffView!.slots.filter((s) => Date.parse(s.start) >= NOTICE_END.getTime()).map(key),
      ).toEqual(patientTimes);
    }
  });

  it('leaves the appointment being moved out of its own alternatives, for patients and staff alike', async () => {
    const f = await makeBookingFixtures(db, { hours: [[3, '09:00', '10:00']] }); // Wednesdays
    const practitioner = f.practitioners[0]!.id;
    const booked = await bookOnlineRequest(
      bookingBody(f, '2030-08-07T09:00:00-07:00', { practitioner }),
      bookingContext(NOW),
    );
    if (!booked.ok) throw new Error(booked.code);
    const { policy, service } = await loadPolicyAndService(f.service.slug);
    const query = { policy, service: service!, practitionerId: practitioner, now: NOW };
    const after = new Date('2030-08-07T09:00:00-07:00');
    for (const minimumNotice of [true, false]) {
      const counted = await nextOpenTimes({ ...query, minimumNotice, after });
      const excluded = await nextOpenTimes({
        ...query,
        minimumNotice,
        after,
        excludeAppointmentId: booked.data.appointmentId,
      });
      expect(counted.map((s) => s.start)[0]).toBe('2030-08-07T09:30:00-07:00');
      expect(excluded.map((s) => s.start).slice(0, 2)).toEqual([
        '2030-08-07T09:00:00-07:00',
        '2030-08-07T09:15:00-07:00',
      ]);
    }
  });
});

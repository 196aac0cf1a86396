import { describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { appointments, patients, timeOff } from '@/db/schema';
import { AvailabilityQueryError, getAvailability } from '@/lib/appointments/open-times';
import { makeBookingFixtures } from '../booking-fixtures';

const NOW = new Date('2030-06-03T15:00:00Z'); // Monday 08:00 in Los Angeles (PDT)

async function patient(tag: string) {
  const [row] = await db
    .insert(patients)
    .values({ name: 'P', email: `avail-${tag}@example.com`, phone: '5035550100' })
    .returning();
  return row!.id;
}

async function expectQueryError(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toSatisfy(
    (e) => e instanceof AvailabilityQueryError && e.code === code,
  );
}

describe(`getAvailability (${dbHandle().driver})`, () => {
  it('lists one practitioner’s open slots with the clinic offset, minus bookings, their buffers and time off', async () => {
    const f = await makeBookingFixtures(db, {
      hours: [[2, '09:00', '12:00']],
      service: { bufferAfterMinutes: 15 },
    });
    const practitionerId = f.practitioners[0]!.id;
    const patientId = await patient(f.tag);
    await db.insert(appointments).values([
      // Booked 10:00–10:30 with this service's 15-minute buffer after it.
      {
        practitionerId,
        serviceId: f.service.id,
        patientId,
        startsAt: new Date('2030-06-04T17:00:00Z'),
        endsAt: new Date('2030-06-04T17:30:00Z'),
        source: 'staff',
      },
      // A cancelled one blocks nothing.
      {
        practitionerId,
        serviceId: f.service.id,
        patientId,
        startsAt: new Date('2030-06-04T18:00:00Z'),
        endsAt: new Date('2030-06-04T18:30:00Z'),
        source: 'staff',
        status: 'cancelled',
        cancelledAt: NOW,
      },
    ]);
    await db.insert(timeOff).values({
      practitionerId,
      startsAt: new Date('2030-06-04T16:00:00Z'),
      endsAt: new Date('2030-06-04T16:30:00Z'),
    });

    const view = await getAvailability({
      serviceSlug: f.service.slug,
      practitionerId,
      from: '2030-06-03',
      to: '2030-06-09',
      now: NOW,
    });
    expect(view).toMatchObject({
      timeZone: 'America/Los_Angeles',
      practitionerId,
      from: '2030-06-03',
      to: '2030-06-09',
    });
    expect(view.service).toEqual({
      slug: f.service.slug,
      name: f.service.name,
      durationMinutes: 30,
    });
    // 09:00 and 09:15 fall in the time off (09:00–09:30); 09:30–10:30 would run, with its own
    // 15-minute buffer, into the 10:00 booking, which blocks until 10:45 with its buffer.
    expect(view.slots.map((s) => s.start.slice(11, 16))).toEqual([
      '10:45',
      '11:00',
      '11:15',
      '11:30',
    ]);
    expect(view.slots[0]).toEqual({
      start: '2030-06-04T10:45:00-07:00',
      end: '2030-06-04T11:15:00-07:00',
      practitionerId,
    });
  });

  it('answers "first available" with one slot per start across practitioners', async () => {
    const f = await makeBookingFixtures(db, { practitioners: 2, hours: [[2, '09:00', '10:00']] });
    const view = await getAvailability({
      serviceSlug: f.service.slug,
      practitionerId: null,
      from: '2030-06-04',
      to: '2030-06-04',
      now: NOW,
    });
    expect(view.practitionerId).toBeNull();
    expect(view.slots.map((s) => s.start.slice(11, 16))).toEqual(['09:00', '09:15', '09:30']);
    const ids = new Set(f.practitioners.map((p) => p.id));
    expect(view.slots.every((s) => ids.has(s.practitionerId))).toBe(true);
  });

  it('says nothing for days before today or past the horizon, without failing', async () => {
    const f = await makeBookingFixtures(db);
    const past = await getAvailability({
      serviceSlug: f.service.slug,
      practitionerId: null,
      from: '2030-05-01',
      to: '2030-05-31',
      now: NOW,
    });
    expect(past.slots).toEqual([]);
    const far = await getAvailability({
      serviceSlug: f.service.slug,
      practitionerId: null,
      from: '2030-09-01',
      to: '2030-09-30',
      now: NOW,
    });
    expect(far.slots).toEqual([]);
  });

  it('refuses bad ranges, unknown services and practitioners who do not offer the service', async () => {
    const f = await makeBookingFixtures(db);
    const base = { serviceSlug: f.service.slug, practitionerId: null, now: NOW };
    await expectQueryError(
      getAvailability({ ...base, from: '2030-06-10', to: '2030-06-09' }),
      'invalid',
    );
    await expectQueryError(
      getAvailability({ ...base, from: '2030-06-01', to: '2030-08-02' }),
      'invalid',
    );
    await expectQueryError(
      getAvailability({ ...base, from: '2030-02-30', to: '2030-03-01' }),
      'invalid',
    );
    await expectQueryError(
      getAvailability({
        ...base,
        serviceSlug: 'no-such-therapy',
        from: '2030-06-04',
        to: '2030-06-04',
      }),
      'unknown_service',
    );
    const other = await makeBookingFixtures(db);
    await expectQueryError(
      getAvailability({
        ...base,
        practitionerId: other.practitioners[0]!.id,
        from: '2030-06-04',
        to: '2030-06-04',
      }),
      'unknown_practitioner',
    );
    // 62 days, both ends included, is the widest range allowed.
    const wide = await getAvailability({ ...base, from: '2030-06-03', to: '2030-08-03' });
    expect(wide.slots.length).toBeGreaterThan(0);
  });
});

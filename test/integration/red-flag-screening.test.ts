import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as postBooking } from '@/app/api/v1/bookings/route';
import { db, dbHandle } from '@/db';
import { appointments, outbox, patients } from '@/db/schema';
import { getAvailability } from '@/lib/appointments/open-times';
import { loadAppointmentDetail } from '@/lib/appointments/views/detail';
import { addDays, clinicDate } from '@/lib/time/calendar';
import { redFlag, SCREENING_ACKNOWLEDGED, TIER_GUIDANCE } from '@/lib/clinical/red-flags';
import { bookingBody, makeBookingFixtures } from '../booking-fixtures';
import { makeStaff } from '../staff-fixtures';

// The two tiers of lib/clinical/red-flags.ts through POST /api/v1/bookings, on the real clock.
const ORIGIN = 'http://clinic.test';
let f: Awaited<ReturnType<typeof makeBookingFixtures>>;
let slots: string[];

beforeAll(async () => {
  const every = [1, 2, 3, 4, 5, 6, 7].map((d): [number, string, string] => [d, '00:00', '23:45']);
  f = await makeBookingFixtures(db, { hours: every, practitioners: 2 });
  const today = clinicDate(new Date(), 'America/Los_Angeles');
  const view = await getAvailability({
    serviceSlug: f.service.slug,
    practitionerId: null,
    from: addDays(today, 1),
    to: addDays(today, 6),
  });
  // An hour apart, so the 30-minute visits never overlap one another.
  slots = view.slots.filter((_, i) => i % 4 === 0).map((s) => s.start);
});

/** Every request books the first practitioner's diary. */
function post(body: ReturnType<typeof bookingBody>, key = `key-${randomUUID()}`) {
  return postBooking(
    new Request(`${ORIGIN}/api/v1/bookings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': key,
        'x-forwarded-for': randomUUID(),
      },
      body: JSON.stringify({ ...body, practitioner: f.practitioners[0]!.id }),
    }),
  );
}

const rowsAt = (start: string) =>
  db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.practitionerId, f.practitioners[0]!.id),
        eq(appointments.startsAt, new Date(start)),
      ),
    );

interface ErrorBody {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]> };
}

describe(`red-flag screening in the booking API (${dbHandle().driver})`, () => {
  it('stops an emergency sign with 422 red_flags, acknowledged or not, and writes nothing', async () => {
    for (const [i, flags] of [['saddle_numbness'], ['fever', 'chest_pain']].entries()) {
      const body = bookingBody(f, slots[i]!, { redFlags: flags, screeningAcknowledged: true });
      const response = await post(body);
      expect(response.status).toBe(422);
      const { error } = (await response.json()) as ErrorBody;
      expect(error.code).toBe('red_flags');
      expect(error.message).toContain(TIER_GUIDANCE.emergency.heading);
      expect(await rowsAt(slots[i]!)).toHaveLength(0);
      expect(
        await db.select().from(patients).where(eq(patients.email, body.patient.email)),
      ).toHaveLength(0);
    }
  });

  it('asks for the acknowledgement of a see-a-doctor-today sign with 422 screening_unacknowledged', async () => {
    for (const screeningAcknowledged of [undefined, false]) {
      const body = bookingBody(f, slots[2]!, { redFlags: ['night_pain'], screeningAcknowledged });
      const response = await post(body);
      expect(response.status).toBe(422);
      const { error } = (await response.json()) as ErrorBody;
      expect(error.code).toBe('screening_unacknowledged');
      expect(error.fieldErrors?.['patient.intake.screeningAcknowledged']?.[0]).toMatch(
        /see a doctor today/,
      );
    }
    expect(await rowsAt(slots[2]!)).toHaveLength(0);
  });

  it('books an acknowledged see-a-doctor-today sign, echoes the screening, stores it and e-mails the advice', async () => {
    const body = bookingBody(f, slots[3]!, {
      redFlags: ['night_pain', 'fever'],
      screeningAcknowledged: true,
    });
    const key = `key-${randomUUID()}`;
    const response = await post(body, key);
    expect(response.status).toBe(201);
    const created = (await response.json()) as {
      booking: { id: string; screening: unknown };
    };
    const guidance = TIER_GUIDANCE['see-doctor-today'];
    expect(created.booking.screening).toEqual({
      tier: 'see-doctor-today',
      flags: ['fever', 'night_pain'], // the module's order, whatever order they came in
      acknowledged: true,
      advice: `${guidance.heading}. ${guidance.booking}`,
    });

    const [row] = await rowsAt(slots[3]!);
    expect(row?.screeningFlags).toEqual(['fever', 'night_pain']);
    expect(row?.screeningAcknowledgedAt).toBeInstanceOf(Date);
    expect(row?.intake).toMatchObject({ redFlags: ['night_pain', 'fever'] });
    expect(row?.intake).not.toHaveProperty('screeningAcknowledged');

    const [mail] = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.appointmentId, row!.id), eq(outbox.kind, 'confirmation')));
    for (const part of [mail!.textBody, mail!.htmlBody]) {
      expect(part).toContain(guidance.heading);
      expect(part).toContain(guidance.booking.slice(0, 40));
    }
    expect(mail!.textBody).toContain(redFlag('night_pain').label);
    expect(mail!.textBody).toContain(redFlag('fever').label);
    expect(mail!.textBody).not.toContain(redFlag('weight_loss').label);
    // The clinic's own notice never carries health details.
    const [notice] = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.appointmentId, row!.id), eq(outbox.kind, 'clinic_new_booking')));
    expect(notice!.textBody).not.toContain(redFlag('fever').label);

    // A retry of the same request answers the same body, screening included.
    const replay = await post(body, key);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(created);
  });

  it('answers screening: null for a booking without warning signs', async () => {
    const response = await post(bookingBody(f, slots[4]!));
    expect(response.status).toBe(201);
    expect(((await response.json()) as { booking: { screening: unknown } }).booking.screening).toBe(
      null,
    );
    const [row] = await rowsAt(slots[4]!);
    expect(row?.screeningFlags).toEqual([]);
    expect(row?.screeningAcknowledgedAt).toBeNull();
  });

  it('shows the screening to the treating practitioner and admins, never to the front desk', async () => {
    const response = await post(
      bookingBody(f, slots[5]!, { redFlags: ['cancer_history'], screeningAcknowledged: true }),
    );
    const { booking } = (await response.json()) as { booking: { id: string } };
    const [desk, admin, treating, other] = await Promise.all([
      makeStaff('front_desk'),
      makeStaff('admin'),
      makeStaff('practitioner', { practitionerId: f.practitioners[0]!.id }),
      makeStaff('practitioner', { practitionerId: f.practitioners[1]!.id }),
    ]);
    for (const reader of [treating, admin]) {
      const seen = await loadAppointmentDetail(reader.principal, booking.id);
      if (seen.kind !== 'found') throw new Error(seen.kind);
      expect(seen.detail.clinical?.screening?.flags).toEqual(['cancer_history']);
    }
    const forDesk = await loadAppointmentDetail(desk.principal, booking.id);
    if (forDesk.kind !== 'found') throw new Error(forDesk.kind);
    const text = JSON.stringify(forDesk.detail);
    for (const hidden of ['screening', 'cancer_history', SCREENING_ACKNOWLEDGED])
      expect(text).not.toContain(hidden);
    expect((await loadAppointmentDetail(other.principal, booking.id)).kind).toBe('forbidden');
  });

  it('keeps flags and acknowledgement together in the database', async () => {
    const [row] = await rowsAt(slots[4]!);
    const refused = (values: Partial<typeof appointments.$inferInsert>) =>
      db
        .update(appointments)
        .set(values)
        .where(eq(appointments.id, row!.id))
        .then(
          () => null,
          (error: { cause?: { code?: string; constraint_name?: string } }) => error.cause,
        );
    expect(await refused({ screeningFlags: ['fever'] })).toMatchObject({ code: '23514' });
    expect(await refused({ screeningAcknowledgedAt: new Date() })).toMatchObject({
      code: '23514',
    });
  });
});

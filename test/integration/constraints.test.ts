import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { sqlState } from '@/db/client';
import { appointments, patients, staffUsers, type NewAppointment } from '@/db/schema';
import { makeFixtures } from '../fixtures';

let f: Awaited<ReturnType<typeof makeFixtures>>;
beforeEach(async () => {
  f = await makeFixtures(db);
});

function appt(start: string, end: string, extra: Partial<NewAppointment> = {}): NewAppointment {
  return {
    practitionerId: f.practitioner.id,
    serviceId: f.service.id,
    patientId: f.patient.id,
    startsAt: new Date(start),
    endsAt: new Date(end),
    source: 'online',
    ...extra,
  };
}

async function insertError(row: NewAppointment): Promise<string | undefined> {
  try {
    await db.insert(appointments).values(row);
    return undefined;
  } catch (error) {
    return sqlState(error) ?? 'no-sqlstate';
  }
}

describe(`appointment invariants (${dbHandle().driver})`, () => {
  it('refuses an overlapping appointment for the same practitioner with SQLSTATE 23P01', async () => {
    await db.insert(appointments).values(appt('2030-03-04T17:00:00Z', '2030-03-04T17:30:00Z'));
    expect(await insertError(appt('2030-03-04T17:15:00Z', '2030-03-04T17:45:00Z'))).toBe('23P01');
    expect(await insertError(appt('2030-03-04T16:45:00Z', '2030-03-04T18:00:00Z'))).toBe('23P01');
  });

  it('accepts back-to-back appointments', async () => {
    await db.insert(appointments).values(appt('2030-03-04T17:00:00Z', '2030-03-04T17:30:00Z'));
    expect(await insertError(appt('2030-03-04T17:30:00Z', '2030-03-04T18:00:00Z'))).toBeUndefined();
    expect(await insertError(appt('2030-03-04T16:30:00Z', '2030-03-04T17:00:00Z'))).toBeUndefined();
  });

  it('lets a cancelled appointment free its time', async () => {
    const [first] = await db
      .insert(appointments)
      .values(appt('2030-03-05T17:00:00Z', '2030-03-05T17:30:00Z'))
      .returning({ id: appointments.id });
    await db
      .update(appointments)
      .set({ status: 'cancelled', cancelledAt: new Date() })
      .where(eq(appointments.id, first!.id));
    expect(await insertError(appt('2030-03-05T17:00:00Z', '2030-03-05T17:30:00Z'))).toBeUndefined();
  });

  it('allows two practitioners to see patients at the same time', async () => {
    const other = await makeFixtures(db);
    await db.insert(appointments).values(appt('2030-03-06T17:00:00Z', '2030-03-06T17:30:00Z'));
    const sameTime = appt('2030-03-06T17:00:00Z', '2030-03-06T17:30:00Z', {
      practitionerId: other.practitioner.id,
    });
    expect(await insertError(sameTime)).toBeUndefined();
  });

  it('refuses an appointment that ends before it starts', async () => {
    expect(await insertError(appt('2030-03-07T17:30:00Z', '2030-03-07T17:00:00Z'))).toBe('23514');
    expect(await insertError(appt('2030-03-07T17:30:00Z', '2030-03-07T17:30:00Z'))).toBe('23514');
  });

  it('refuses a second record of one patient (e-mail and name) or staff user (e-mail)', async () => {
    const duplicate = db
      .insert(patients)
      .values({ name: 'TEST PATIENT', email: f.patient.email, phone: '+1 503-555-0199' });
    await expect(duplicate).rejects.toSatisfy((e) => sqlState(e) === '23505');
    // The same address under another name is another person (a parent booking for a child).
    await db
      .insert(patients)
      .values({ name: 'Someone Else', email: f.patient.email, phone: '+1 503-555-0199' });
    // A patient must be reachable: no e-mail and no phone is refused.
    await expect(
      db.insert(patients).values({ name: 'Nobody', email: null, phone: '' }),
    ).rejects.toSatisfy((e) => sqlState(e) === '23514');
    const staff = {
      name: 'Desk',
      role: 'front_desk' as const,
      passwordHash: 'x',
      email: `desk-${f.tag}@example.com`,
    };
    await db.insert(staffUsers).values(staff);
    await expect(db.insert(staffUsers).values(staff)).rejects.toSatisfy(
      (e) => sqlState(e) === '23505',
    );
  });

  it('keeps exactly one of 50 concurrent inserts for the same practitioner and time', async () => {
    const attempts = Array.from({ length: 50 }, () =>
      insertError(appt('2030-03-08T17:00:00Z', '2030-03-08T17:45:00Z')),
    );
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((o) => o === undefined)).toHaveLength(1);
    expect(outcomes.filter((o) => o === '23P01')).toHaveLength(49);
    const stored = await db
      .select({ id: appointments.id })
      .from(appointments)
      .where(eq(appointments.practitionerId, f.practitioner.id));
    expect(stored).toHaveLength(1);
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import type { Booked } from '@/lib/appointments/book';
import type { Result } from '@/lib/appointments/result';
import { appointments, patients } from '@/db/schema';
import {
  bookOnlineRequest,
  bookingBody,
  bookingContext,
  makeBookingFixtures,
} from '@/test/booking-fixtures';
import { lockPractitionerDiary } from './diary-lock';

const NOW = new Date('2030-04-01T15:00:00Z'); // Monday 08:00 in Los Angeles (PDT)

// The lock and the re-check's reads travel in one round trip. Only the engine's re-check knows
// about buffers (the exclusion constraint allows back-to-back rows), so this booking is refused
// only if its reads ran after the lock was granted and saw the holder's committed row. On PGlite
// (one connection) it checks the logic; the ordering is exercised on PostgreSQL.
describe(`the locked re-check (${dbHandle().driver})`, () => {
  it('sees what the previous lock holder committed, buffers included', async () => {
    const f = await makeBookingFixtures(db, { service: { bufferAfterMinutes: 15 } });
    const practitionerId = f.practitioners[0]!.id;
    let booking: Promise<Result<Booked>> | undefined;
    await db.transaction(async (tx) => {
      await lockPractitionerDiary(tx, practitionerId);
      const [patient] = await tx
        .insert(patients)
        .values({
          name: 'Held Slot',
          email: `held-${randomUUID()}@example.com`,
          phone: '+1 503-555-0100',
        })
        .returning({ id: patients.id });
      await tx.insert(appointments).values({
        practitionerId,
        serviceId: f.service.id,
        patientId: patient!.id,
        startsAt: new Date('2030-04-02T10:00:00-07:00'),
        endsAt: new Date('2030-04-02T10:30:00-07:00'),
        source: 'staff',
      });
      // Back to back with the row above, but inside its 15-minute buffer.
      booking = bookOnlineRequest(
        bookingBody(f, '2030-04-02T10:30:00-07:00', { practitioner: practitionerId }),
        bookingContext(NOW),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const result = await booking!;
    expect(result.ok ? 'ok' : result.code).toBe('slot_taken');
    if (!result.ok && result.code === 'slot_taken')
      expect(result.alternatives[0]?.start).toBe('2030-04-02T10:45:00-07:00');
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { diaryWindowTaken } from '@/db/queries/diary-taken';
import { appointments } from '@/db/schema';
import {
  bookOnlineRequest,
  bookingBody,
  bookingContext,
  makeBookingFixtures,
} from '../booking-fixtures';

const NOW = new Date('2030-04-01T15:00:00Z'); // Monday 08:00 in Los Angeles (PDT)
const at = (iso: string) => new Date(iso);

// The unlocked pre-check a booking asks before taking the diary's turn (book-write.ts): it may only
// say "taken" when the locked re-check would refuse, i.e. by the engine's own conflict rule.
describe(`diaryWindowTaken (${dbHandle().driver})`, () => {
  it('sees an appointment with its own buffers, ignores cancelled ones and other diaries', async () => {
    const f = await makeBookingFixtures(db, {
      practitioners: 2,
      service: { bufferBeforeMinutes: 0, bufferAfterMinutes: 15 },
    });
    const mine = f.practitioners[0]!;
    const other = f.practitioners[1]!;
    const booked = await bookOnlineRequest(
      bookingBody(f, '2030-04-02T10:00:00-07:00', { practitioner: mine.id }),
      bookingContext(NOW),
    );
    expect(booked.ok).toBe(true);
    // Booked 10:00–10:30 (17:00–17:30Z) with 15 minutes after: busy until 10:45.
    expect(
      await diaryWindowTaken(mine.id, at('2030-04-02T17:15:00Z'), at('2030-04-02T17:45:00Z')),
    ).toBe(true);
    expect(
      await diaryWindowTaken(mine.id, at('2030-04-02T17:40:00Z'), at('2030-04-02T18:10:00Z')),
    ).toBe(true);
    expect(
      await diaryWindowTaken(mine.id, at('2030-04-02T17:45:00Z'), at('2030-04-02T18:15:00Z')),
    ).toBe(false);
    expect(
      await diaryWindowTaken(mine.id, at('2030-04-02T16:30:00Z'), at('2030-04-02T17:00:00Z')),
    ).toBe(false);
    expect(
      await diaryWindowTaken(other.id, at('2030-04-02T17:00:00Z'), at('2030-04-02T17:30:00Z')),
    ).toBe(false);

    await db
      .update(appointments)
      .set({ status: 'cancelled', cancelledAt: new Date() })
      .where(eq(appointments.practitionerId, mine.id));
    expect(
      await diaryWindowTaken(mine.id, at('2030-04-02T17:00:00Z'), at('2030-04-02T17:30:00Z')),
    ).toBe(false);
  });

  it('a twin request for a taken time still ends in slot_taken with alternatives', async () => {
    const f = await makeBookingFixtures(db);
    const practitioner = f.practitioners[0]!.id;
    const slot = '2030-04-03T11:00:00-07:00';
    const first = await bookOnlineRequest(
      bookingBody(f, slot, { practitioner }),
      bookingContext(NOW),
    );
    expect(first.ok).toBe(true);
    const twin = await bookOnlineRequest(
      bookingBody(f, slot, { practitioner }),
      bookingContext(NOW),
    );
    expect(twin.ok).toBe(false);
    if (twin.ok) return;
    expect(twin.code).toBe('slot_taken');
    if (twin.code === 'slot_taken') expect(twin.alternatives.length).toBeGreaterThan(0);
  });
});

import 'server-only';
import type { Transaction } from '@/db';
import { loadSchedules, type BookableService, type ClinicPolicy } from '@/db/queries/availability';
import { isSlotAvailable } from '@/lib/availability';
import { lockPractitionerDiary } from './advisory-lock';
import { enginePolicy } from './availability';
import { SlotUnavailableError } from './lost-race';

const DAY_MS = 86_400_000;

/**
 * The one slot guard, for patients' and staff writes alike: take the practitioner's diary lock (the same key
 * lib/booking uses, so staff and patients queue behind each other), read the diary again under
 * it and ask the availability engine whether `start` is still open. Throws SlotUnavailableError
 * to roll the transaction back; the exclusion constraint stays the last guard after the write
 * (callers treat its 23P01 like this error, via isLostRace).
 */
export async function recheckSlotUnderLock(
  tx: Transaction,
  a: {
    practitionerId: string;
    service: BookableService;
    policy: ClinicPolicy;
    start: Date;
    now: Date;
    /** The appointment being moved does not block its own new time. */
    excludeAppointmentId?: string;
  },
): Promise<void> {
  const window = {
    start: new Date(a.start.getTime() - DAY_MS),
    end: new Date(a.start.getTime() + DAY_MS),
  };
  // Lock and re-read in one round trip: the read queues behind the lock on this transaction's
  // connection, and each statement reads rows committed before it starts, so it sees the diary as
  // the previous holder left it (lib/booking/book-slot.test.ts).
  const locked = lockPractitionerDiary(tx, a.practitionerId);
  const [[schedule]] = await Promise.all([
    loadSchedules(
      {
        service: { id: a.service.id },
        practitionerId: a.practitionerId,
        window,
        excludeAppointmentId: a.excludeAppointmentId,
      },
      tx,
    ),
    locked,
  ]);
  const open =
    schedule &&
    isSlotAvailable({
      practitioner: schedule,
      service: a.service,
      policy: enginePolicy(a.policy),
      now: a.now,
      start: a.start,
    });
  if (!open) throw new SlotUnavailableError();
}

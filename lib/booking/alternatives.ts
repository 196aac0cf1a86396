import 'server-only';
import type { BookableService, ClinicPolicy } from '@/db/queries/availability';
import type { Slot } from '@/lib/availability';
import { openSlots, toSlotViews } from './availability';
import { addClinicDays, clinicDate } from './clinic-time';
import type { SlotView } from './types';

const WANTED = 6;
// A fortnight usually holds six openings; only a full diary needs the longer second look.
const FIRST_LOOK_DAYS = 14;
const SECOND_LOOK_DAYS = 62;

/**
 * The next open slots from `after` on, same service and same practitioner choice (one person, or
 * "first available"), offered when the chosen time was taken so the patient can pick again
 * without re-typing anything.
 */
export async function findAlternatives(args: {
  policy: ClinicPolicy;
  service: BookableService;
  practitionerId: string | null;
  after: Date;
  now: Date;
}): Promise<SlotView[]> {
  const { policy, after } = args;
  const startDate = clinicDate(after > args.now ? after : args.now, policy.timeZone);
  const found: Slot[] = [];
  const look = async (fromOffset: number, toOffset: number) => {
    const slots = await openSlots({
      ...args,
      from: addClinicDays(startDate, fromOffset),
      to: addClinicDays(startDate, toOffset - 1),
    });
    for (const slot of slots ?? [])
      if (slot.start >= after && found.length < WANTED) found.push(slot);
  };
  await look(0, FIRST_LOOK_DAYS);
  if (found.length < WANTED) await look(FIRST_LOOK_DAYS, SECOND_LOOK_DAYS);
  return toSlotViews(found, policy.timeZone);
}

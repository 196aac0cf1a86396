'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db';
import { staffAction } from '@/lib/actions/staff-action';
import {
  manualOfferSchema,
  waitlistEntryChangeSchema,
  waitlistJoinSchema,
} from '@/lib/validations/waitlist';
import { changeEntry } from '@/lib/waitlist/entry';
import { joinWaitlist } from '@/lib/waitlist/join';
import { offerOpenings } from '@/lib/waitlist/offer';
import { fail } from '@/lib/actions/result';

// The front desk and admins keep the waitlist (phone requests, offers by hand).
const ROLES = ['admin', 'front_desk'] as const;

export const addWaitlistEntryAction = staffAction(
  ROLES,
  waitlistJoinSchema,
  async (staff, input) => {
    const result = await joinWaitlist(input, { staff });
    if (result.ok) revalidatePath('/dashboard/waitlist');
    return result;
  },
);

export const changeWaitlistEntryAction = staffAction(
  ROLES,
  waitlistEntryChangeSchema,
  async (staff, input) => {
    const changed = await changeEntry(input.entryId, input.change, { staffId: staff.id });
    revalidatePath('/dashboard/waitlist');
    return changed
      ? { ok: true, data: undefined }
      : fail('This entry has changed meanwhile. Reload the page.');
  },
);

export const offerTimeAction = staffAction(ROLES, manualOfferSchema, async (staff, input) => {
  const now = new Date();
  const made = await db.transaction((tx) =>
    offerOpenings(
      tx,
      [{ practitionerId: input.practitionerId, start: new Date(input.start) }],
      now,
      { entryId: input.entryId, staffId: staff.id },
    ),
  );
  revalidatePath('/dashboard/waitlist');
  return made.length > 0
    ? { ok: true, data: undefined }
    : fail(
        'No offer was sent: the patient already has an open offer, was offered this time before, is paused, or the time is no longer free.',
      );
});

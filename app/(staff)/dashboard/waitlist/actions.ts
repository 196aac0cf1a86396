'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db';
import { staffAction } from '@/lib/actions/staff-action';
import { waitlistJoinSchema, manualOfferSchema } from '@/lib/validations/waitlist';
import { changeEntry } from '@/lib/waitlist/entry';
import { joinWaitlist } from '@/lib/waitlist/join';
import { offerOpenings } from '@/lib/waitlist/offer';

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

const changeSchema = z
  .object({ entryId: z.uuid(), change: z.enum(['pause', 'resume', 'leave']) })
  .strict();

export const changeWaitlistEntryAction = staffAction(ROLES, changeSchema, async (staff, input) => {
  const changed = await changeEntry(input.entryId, input.change, { staffId: staff.id });
  revalidatePath('/dashboard/waitlist');
  return changed
    ? { ok: true, data: undefined }
    : { ok: false, formError: 'This entry has changed meanwhile. Reload the page.' };
});

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
    : {
        ok: false,
        formError:
          'No offer was sent: the patient already has an open offer, was offered this time before, is paused, or the time is no longer free.',
      };
});

'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { updateCallback } from '@/lib/messages/callback-status';
import { callbackStepSchema } from '@/lib/validations/callback';

/** A status and/or a note on a call-back, kept with who and when. */
export const updateCallbackAction = staffAction(
  ['admin', 'front_desk'],
  callbackStepSchema,
  async (staff, input) => {
    const result = await updateCallback(staff, input);
    // The inbox, and the unread count in the navigation and on the overview.
    if (result.ok) revalidatePath('/dashboard', 'layout');
    return result;
  },
);

'use server';

import { revalidatePath } from 'next/cache';
import { z } from '@/lib/validations/zod';
import { staffAction } from '@/lib/actions/staff-action';
import { setCallbackHandled } from '@/lib/messages/callback';

const handledSchema = z.object({ requestId: z.uuid(), handled: z.boolean() });

export const setCallbackHandledAction = staffAction(
  ['admin', 'front_desk'],
  handledSchema,
  async (staff, input) => {
    const result = await setCallbackHandled(staff, input);
    if (result.ok) revalidatePath('/dashboard/messages');
    return result;
  },
);

'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { retryDeadMessage } from '@/lib/email/retry';
import { outboxRetrySchema } from '@/lib/validations/clinic-admin';

export const retryOutboxMessageAction = staffAction(
  ['admin'],
  outboxRetrySchema,
  async (staff, input) => {
    const result = await retryDeadMessage(staff, input);
    if (result.ok) revalidatePath('/dashboard/outbox');
    return result;
  },
);

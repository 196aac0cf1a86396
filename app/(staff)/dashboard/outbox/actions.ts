'use server';

import { revalidatePath } from 'next/cache';
import { z } from '@/lib/validations/zod';
import { staffAction } from '@/lib/actions/staff-action';
import { retryDeadMessage } from '@/lib/email/retry';

const retrySchema = z.object({ messageId: z.uuid() }).strict();

export const retryOutboxMessageAction = staffAction(
  ['admin'],
  retrySchema,
  async (staff, input) => {
    const result = await retryDeadMessage(staff, input);
    if (result.ok) revalidatePath('/dashboard/outbox');
    return result;
  },
);

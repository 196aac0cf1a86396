'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { addClosure, removeClosure } from '@/lib/appointments/closures';
import { closureFormSchema, removeClosureSchema } from '@/lib/validations/closures';

// Admins close and reopen the clinic; the lifecycle checks the role again.

export const addClosureAction = staffAction(['admin'], closureFormSchema, async (staff, input) => {
  const result = await addClosure(staff, input);
  if (result.ok) revalidatePath('/', 'layout'); // the dashboard and the cached public pages
  return result;
});

export const removeClosureAction = staffAction(
  ['admin'],
  removeClosureSchema,
  async (staff, input) => {
    const result = await removeClosure(staff, input);
    if (result.ok) revalidatePath('/', 'layout'); // the dashboard and the cached public pages
    return result;
  },
);

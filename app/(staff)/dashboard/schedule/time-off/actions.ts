'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { addTimeOff, removeTimeOff } from '@/lib/appointments/time-off';
import { removeTimeOffSchema, timeOffFormSchema } from '@/lib/validations/appointments';
import { ALL_STAFF } from '@/lib/auth/roles';

// Practitioners manage their own time off, admin and front desk anyone's: decided in lib/appointments.

export const addTimeOffAction = staffAction(ALL_STAFF, timeOffFormSchema, async (staff, input) => {
  const result = await addTimeOff(staff, input);
  if (result.ok) revalidatePath('/dashboard', 'layout');
  return result;
});

export const removeTimeOffAction = staffAction(
  ALL_STAFF,
  removeTimeOffSchema,
  async (staff, input) => {
    const result = await removeTimeOff(staff, input);
    if (result.ok) revalidatePath('/dashboard', 'layout');
    return result;
  },
);

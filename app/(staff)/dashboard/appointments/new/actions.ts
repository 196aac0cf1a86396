'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { bookForPatient } from '@/lib/appointments/book';
import { createPatient } from '@/lib/appointments/patients';
import { newPatientSchema, staffBookingSchema } from '@/lib/appointments/validation';
import { ALL_STAFF } from '@/lib/auth/roles';

export const createPatientAction = staffAction(ALL_STAFF, newPatientSchema, (staff, input) =>
  createPatient(staff, input),
);

/** Books with source 'staff'; practitioners are held to their own diary by bookForPatient. */
export const bookAppointmentAction = staffAction(
  ALL_STAFF,
  staffBookingSchema,
  async (staff, input) => {
    const result = await bookForPatient(staff, input);
    if (result.ok) revalidatePath('/dashboard', 'layout');
    return result;
  },
);

'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { erasePatient } from '@/lib/patients/erase';
import { erasePatientSchema } from '@/lib/patients/erase-schema';

export const erasePatientAction = staffAction(
  ['admin'],
  erasePatientSchema,
  async (staff, input) => {
    const result = await erasePatient(staff, input);
    if (result.ok) {
      // The name and next visit change in every list that shows this patient.
      revalidatePath('/dashboard', 'layout');
    }
    return result;
  },
);

'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { editPatient } from '@/lib/patients/edit';
import { erasePatient } from '@/lib/patients/erase';
import { erasePatientSchema } from '@/lib/validations/patients';
import { mergePatients } from '@/lib/patients/merge';
import { editPatientSchema, mergePatientsSchema } from '@/lib/validations/patients';

/** Names, contact details and next visits show in every list of the dashboard. */
function refreshDashboard(): void {
  revalidatePath('/dashboard', 'layout');
}

export const erasePatientAction = staffAction(
  ['admin'],
  erasePatientSchema,
  async (staff, input) => {
    const result = await erasePatient(staff, input);
    if (result.ok) refreshDashboard();
    return result;
  },
);

export const editPatientAction = staffAction(
  ['admin', 'front_desk'],
  editPatientSchema,
  async (staff, input) => {
    const result = await editPatient(staff, input);
    if (result.ok) refreshDashboard();
    return result;
  },
);

export const mergePatientsAction = staffAction(
  ['admin', 'front_desk'],
  mergePatientsSchema,
  async (staff, input) => {
    const result = await mergePatients(staff, input);
    if (result.ok) refreshDashboard();
    return result;
  },
);

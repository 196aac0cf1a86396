'use server';

import { staffAction } from '@/lib/actions/staff-action';
import { ALL_STAFF } from '@/lib/auth/roles';
import { findPatientsToBook } from '@/db/queries/patients';
import { patientSearchSchema } from '@/lib/validations/patients';

/**
 * Search-as-you-type for the schedule's new-appointment panel: name, e-mail, or phone digits in
 * any format. Contact details only, for the desk to recognise the caller.
 */
export const searchPatientsAction = staffAction(
  ALL_STAFF,
  patientSearchSchema,
  async (_, { q }) => ({
    ok: true,
    data: await findPatientsToBook(q, 8),
  }),
);

'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { book } from '@/lib/appointments/book';
import { ALL_STAFF } from '@/lib/auth/roles';
import { linkCallbackBooking } from '@/lib/messages/callback-status';
import { createPatient } from '@/lib/patients/create';
import { staffBookingSchema } from '@/lib/validations/appointments';
import { newPatientSchema } from '@/lib/validations/patients';

export const createPatientAction = staffAction(ALL_STAFF, newPatientSchema, (staff, input) =>
  createPatient(staff, input),
);

/**
 * Books with source 'staff' through the lifecycle; practitioners are held to their own diary. The
 * form's key (one per render) makes a second submit answer with the first booking.
 */
export const bookAppointmentAction = staffAction(
  ALL_STAFF,
  staffBookingSchema,
  async (staff, { patientId, callbackRequestId, requestKey, ...input }) => {
    const result = await book(
      { kind: 'staff', staff },
      { ...input, patient: { id: patientId } },
      { idempotencyKey: `desk:${requestKey}` },
    );
    if (result.ok && callbackRequestId)
      await linkCallbackBooking(staff, {
        requestId: callbackRequestId,
        appointmentId: result.data.appointmentId,
      });
    if (result.ok) revalidatePath('/dashboard', 'layout');
    return result;
  },
);

'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { cancelAppointment, changeAppointmentStatus } from '@/lib/appointments/change-status';
import { addClinicalNote } from '@/lib/appointments/notes';
import { rescheduleAppointment } from '@/lib/appointments/reschedule';
import {
  cancelAppointmentSchema,
  clinicalNoteSchema,
  rescheduleSchema,
  statusChangeSchema,
} from '@/lib/appointments/validation';
import { ALL_STAFF } from '@/lib/auth/roles';

// Every role may call these; the domain functions decide per appointment (canManageSchedule,
// canReadClinical), so a practitioner's request for someone else's diary is refused there.

/** The schedule, lists, detail pages and the overview all show statuses and times. */
function refreshDashboard(): void {
  revalidatePath('/dashboard', 'layout');
}

export const changeAppointmentStatusAction = staffAction(
  ALL_STAFF,
  statusChangeSchema,
  async (staff, input) => {
    const result = await changeAppointmentStatus(staff, input);
    if (result.ok) refreshDashboard();
    return result;
  },
);

export const cancelAppointmentAction = staffAction(
  ALL_STAFF,
  cancelAppointmentSchema,
  async (staff, input) => {
    const result = await cancelAppointment(staff, input);
    if (result.ok) refreshDashboard();
    return result;
  },
);

export const rescheduleAppointmentAction = staffAction(
  ALL_STAFF,
  rescheduleSchema,
  async (staff, input) => {
    const result = await rescheduleAppointment(staff, input);
    if (result.ok) refreshDashboard();
    return result;
  },
);

export const addClinicalNoteAction = staffAction(
  ALL_STAFF,
  clinicalNoteSchema,
  async (staff, input) => {
    const result = await addClinicalNote(staff, input);
    if (result.ok) refreshDashboard();
    return result;
  },
);

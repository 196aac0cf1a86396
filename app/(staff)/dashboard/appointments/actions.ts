'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { cancel } from '@/lib/appointments/cancel';
import { move } from '@/lib/appointments/move';
import { addClinicalNote } from '@/lib/appointments/notes';
import { setStatus } from '@/lib/appointments/set-status';
import { ALL_STAFF } from '@/lib/auth/roles';
import {
  cancelAppointmentSchema,
  clinicalNoteSchema,
  rescheduleSchema,
  statusChangeSchema,
  undoStatusSchema,
} from '@/lib/validations/appointments';

// Thin adapters over the appointment lifecycle (lib/appointments). Every role may call these; the
// lifecycle decides per appointment (own diary, clinical access), so a practitioner's request
// for someone else's diary is refused there.

/** The schedule, lists, detail pages and the overview all show statuses and times. */
function refreshDashboard(): void {
  revalidatePath('/dashboard', 'layout');
}

export const changeAppointmentStatusAction = staffAction(
  ALL_STAFF,
  statusChangeSchema,
  async (staff, input) => {
    const result = await setStatus({ kind: 'staff', staff }, input);
    if (result.ok) refreshDashboard();
    return result;
  },
);

export const undoAppointmentStatusAction = staffAction(
  ALL_STAFF,
  undoStatusSchema,
  async (staff, input) => {
    const result = await setStatus({ kind: 'staff', staff }, input);
    if (result.ok) refreshDashboard();
    return result;
  },
);

export const cancelAppointmentAction = staffAction(
  ALL_STAFF,
  cancelAppointmentSchema,
  async (staff, { appointmentId, reason }) => {
    const result = await cancel({ kind: 'staff', staff }, { appointmentId }, { reason });
    if (result.ok) refreshDashboard();
    return result;
  },
);

export const rescheduleAppointmentAction = staffAction(
  ALL_STAFF,
  rescheduleSchema,
  async (staff, { appointmentId, start, practitionerId }) => {
    const result = await move(
      { kind: 'staff', staff },
      { appointmentId },
      { start, practitioner: practitionerId },
    );
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

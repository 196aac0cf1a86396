'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { calendarFeedPath, regenerateCalendarToken } from '@/lib/staff/calendar-feed';
import { calendarTokenSchema } from '@/lib/validations/clinic-admin';

/** Admins, or the practitioner themself (checked again in regenerateCalendarToken). Returns the new path once. */
export const regenerateCalendarTokenAction = staffAction(
  ['admin', 'practitioner'],
  calendarTokenSchema,
  async (staff, input) => {
    const result = await regenerateCalendarToken(staff, input);
    if (!result.ok) return result;
    revalidatePath('/dashboard/calendar-feed');
    revalidatePath(`/dashboard/clinic/practitioners/${input.practitionerId}`);
    return {
      ok: true,
      data: { path: result.data.token ? calendarFeedPath(result.data.token) : null },
    };
  },
);

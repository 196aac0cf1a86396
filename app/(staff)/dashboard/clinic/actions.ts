'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { revalidateArticles } from '@/lib/content/revalidate';
import { replaceOpeningHours, updateClinicSettings } from '@/lib/staff/clinic-settings';
import { removePractitionerPhoto, savePractitionerPhoto } from '@/lib/staff/practitioner-photo';
import { replaceWorkingHours, savePractitioner } from '@/lib/staff/practitioners';
import { saveService } from '@/lib/staff/services';
import {
  clinicSettingsSchema,
  openingHoursSchema,
  practitionerPhotoSchema,
  practitionerRefSchema,
  practitionerSchema,
  serviceSchema,
  workingHoursSchema,
} from '@/lib/validations/clinic-admin';

/** Clinic data shows on most public pages (contact, footer, team, therapies, booking): refresh them all. */
function refreshSite(): void {
  revalidatePath('/', 'layout');
  revalidateArticles();
}

export const updateClinicSettingsAction = staffAction(
  ['admin'],
  clinicSettingsSchema,
  async (staff, input) => {
    const result = await updateClinicSettings(staff, input);
    if (result.ok) refreshSite();
    return result;
  },
);

export const replaceOpeningHoursAction = staffAction(
  ['admin'],
  openingHoursSchema,
  async (staff, input) => {
    const result = await replaceOpeningHours(staff, input.hours);
    if (result.ok) refreshSite();
    return result;
  },
);

export const savePractitionerAction = staffAction(
  ['admin'],
  practitionerSchema,
  async (staff, input) => {
    const result = await savePractitioner(staff, input);
    if (result.ok) refreshSite();
    return result;
  },
);

export const uploadPractitionerPhotoAction = staffAction(
  ['admin'],
  practitionerPhotoSchema,
  async (staff, input) => {
    const result = await savePractitionerPhoto(staff, input);
    if (result.ok) refreshSite();
    return result;
  },
);

export const removePractitionerPhotoAction = staffAction(
  ['admin'],
  practitionerRefSchema,
  async (staff, input) => {
    const result = await removePractitionerPhoto(staff, input);
    if (result.ok) refreshSite();
    return result;
  },
);

export const replaceWorkingHoursAction = staffAction(
  ['admin'],
  workingHoursSchema,
  async (staff, input) => {
    const result = await replaceWorkingHours(staff, input);
    if (result.ok) refreshSite();
    return result;
  },
);

export const saveServiceAction = staffAction(['admin'], serviceSchema, async (staff, input) => {
  const result = await saveService(staff, input);
  if (result.ok) refreshSite();
  return result;
});

'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import {
  changeStaffRole,
  createStaffAccount,
  resetStaffPassword,
  setStaffDisabled,
  signOutEverywhere,
} from '@/lib/staff/accounts';
import {
  changeRoleSchema,
  createStaffSchema,
  resetPasswordSchema,
  setDisabledSchema,
  staffUserRefSchema,
} from '@/lib/validations/staff-accounts';

const refresh = <T extends { ok: boolean }>(result: T): T => {
  if (result.ok) revalidatePath('/dashboard/staff', 'layout');
  return result;
};

export const createStaffAction = staffAction(['admin'], createStaffSchema, async (staff, input) =>
  refresh(await createStaffAccount(staff, input)),
);

export const changeStaffRoleAction = staffAction(
  ['admin'],
  changeRoleSchema,
  async (staff, input) => refresh(await changeStaffRole(staff, input)),
);

export const resetStaffPasswordAction = staffAction(
  ['admin'],
  resetPasswordSchema,
  async (staff, input) => refresh(await resetStaffPassword(staff, input)),
);

export const setStaffDisabledAction = staffAction(
  ['admin'],
  setDisabledSchema,
  async (staff, input) => refresh(await setStaffDisabled(staff, input)),
);

export const signOutEverywhereAction = staffAction(
  ['admin'],
  staffUserRefSchema,
  async (staff, input) => refresh(await signOutEverywhere(staff, input)),
);

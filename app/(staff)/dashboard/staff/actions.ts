'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import {
  changeStaffRole,
  inviteStaffMember,
  setStaffDisabled,
  signOutEverywhere,
} from '@/lib/staff/accounts';
import {
  liftSignInPause,
  resetStaffMfa,
  sendAccountLink,
  setMfaRoles,
} from '@/lib/staff/sign-in-admin';
import {
  changeRoleSchema,
  inviteStaffSchema,
  mfaRolesSchema,
  setDisabledSchema,
  staffUserRefSchema,
} from '@/lib/validations/staff-accounts';

const refresh = <T extends { ok: boolean }>(result: T): T => {
  if (result.ok) revalidatePath('/dashboard/staff', 'layout');
  return result;
};

export const inviteStaffAction = staffAction(['admin'], inviteStaffSchema, async (staff, input) =>
  refresh(await inviteStaffMember(staff, input)),
);

export const changeStaffRoleAction = staffAction(
  ['admin'],
  changeRoleSchema,
  async (staff, input) => refresh(await changeStaffRole(staff, input)),
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

export const sendAccountLinkAction = staffAction(
  ['admin'],
  staffUserRefSchema,
  async (staff, input) => refresh(await sendAccountLink(staff, input)),
);

export const resetStaffMfaAction = staffAction(
  ['admin'],
  staffUserRefSchema,
  async (staff, input) => refresh(await resetStaffMfa(staff, input)),
);

export const liftSignInPauseAction = staffAction(
  ['admin'],
  staffUserRefSchema,
  async (staff, input) => refresh(await liftSignInPause(staff, input)),
);

export const setMfaRolesAction = staffAction(['admin'], mfaRolesSchema, async (staff, input) =>
  refresh(await setMfaRoles(staff, input)),
);

'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { ALL_STAFF } from '@/lib/auth/roles';
import { staffAction } from '@/lib/actions/staff-action';
import { signOut } from '@/lib/auth/config';
import {
  confirmOwnMfa,
  endOtherSessions,
  endOwnSession,
  newRecoveryCodes,
  turnOffOwnMfa,
} from '@/lib/staff/own-account';
import { sessionRefSchema, totpCodeSchema } from '@/lib/validations/staff-auth';
import { noInput } from '@/lib/validations/zod';

const refresh = <T extends { ok: boolean }>(result: T): T => {
  if (result.ok) revalidatePath('/dashboard/account');
  return result;
};

export const endSessionAction = staffAction(ALL_STAFF, sessionRefSchema, async (staff, input) => {
  const result = await endOwnSession(staff, input);
  if (result.ok && result.data.current) {
    await signOut({ redirect: false });
    redirect('/sign-in');
  }
  return refresh(result);
});

export const endOtherSessionsAction = staffAction(ALL_STAFF, noInput, async (staff) =>
  refresh(await endOtherSessions(staff)),
);

export const confirmMfaAction = staffAction(ALL_STAFF, totpCodeSchema, async (staff, input) =>
  refresh(await confirmOwnMfa(staff, { code: input.code.replace(/\s/g, '') })),
);

export const newRecoveryCodesAction = staffAction(ALL_STAFF, noInput, async (staff) =>
  refresh(await newRecoveryCodes(staff)),
);

export const turnOffMfaAction = staffAction(ALL_STAFF, noInput, async (staff) =>
  refresh(await turnOffOwnMfa(staff)),
);

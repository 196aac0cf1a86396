'use server';

import { redirect } from 'next/navigation';
import { staffAction } from '@/lib/actions/staff-action';
import { signOut } from '@/lib/auth/config';
import { ALL_STAFF } from '@/lib/auth/roles';
import { noInput } from '@/lib/validations/zod';

/** Auth.js clears the cookie and, through its signOut event, revokes the session row. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirect: false });
  redirect('/sign-in');
}

/**
 * "Stay signed in" from the idle warning: a request that checks the session, which is what keeps
 * it alive (lib/auth/sessions.ts moves its last-seen time on).
 */
export const staySignedInAction = staffAction(ALL_STAFF, noInput, async () => ({
  ok: true,
  data: undefined,
}));

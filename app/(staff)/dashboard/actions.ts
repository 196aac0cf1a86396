'use server';

import { redirect } from 'next/navigation';
import { signOut } from '@/lib/auth/config';
import { currentStaff } from '@/lib/auth/guard';
import { revokeStaffSession } from '@/lib/auth/sessions';

export async function signOutAction(): Promise<void> {
  const staff = await currentStaff();
  if (staff) await revokeStaffSession(staff.sessionId);
  await signOut({ redirect: false });
  redirect('/sign-in');
}

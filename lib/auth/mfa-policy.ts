import { eq } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { staffSignInPolicy, type StaffRole } from '@/db/schema';

/** Admins always sign in with a second factor; the clinic may require it of other roles too. */
export const ALWAYS_MFA: readonly StaffRole[] = ['admin'];

/** The roles the clinic setting adds to admins (none until an admin sets it). */
export async function extraMfaRoles(executor: Executor = db): Promise<StaffRole[]> {
  const [row] = await executor
    .select({ roles: staffSignInPolicy.mfaRoles })
    .from(staffSignInPolicy)
    .where(eq(staffSignInPolicy.id, 1));
  return row?.roles ?? [];
}

export async function mfaRequiredFor(role: StaffRole, executor: Executor = db): Promise<boolean> {
  return ALWAYS_MFA.includes(role) || (await extraMfaRoles(executor)).includes(role);
}

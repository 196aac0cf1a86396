import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { staffUsers, type StaffRole } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/appointments/actor';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { createStaffSession, validateStaffSession } from '@/lib/auth/sessions';

export const STAFF_TEST_PASSWORD = 'a-long-test-passphrase-for-staff';
let cachedHash: Promise<string> | undefined;

/**
 * A real staff_users row with a real session, and the principal validateStaffSession builds from
 * it — exactly what pages and actions receive in the app.
 */
export async function makeStaff(
  role: StaffRole,
  options: { practitionerId?: string; name?: string } = {},
) {
  cachedHash ??= hashPassword(STAFF_TEST_PASSWORD);
  const [row] = await db
    .insert(staffUsers)
    .values({
      email: `${role}-${randomUUID()}@example.com`,
      name: options.name ?? `Test ${role}`,
      role,
      practitionerId: options.practitionerId ?? null,
      passwordHash: await cachedHash,
    })
    .returning();
  const sessionId = await createStaffSession(row!.id, row!.sessionVersion);
  const principal = await validateStaffSession(sessionId);
  if (!principal) throw new Error('test session did not validate');
  return { user: row!, sessionId, principal: principal satisfies StaffPrincipal };
}

/** Another session for an existing user (e.g. "their open session on another device"). */
export async function openSession(staffUserId: string): Promise<string> {
  const [row] = await db
    .select({ v: staffUsers.sessionVersion })
    .from(staffUsers)
    .where(eq(staffUsers.id, staffUserId));
  return createStaffSession(staffUserId, row!.v);
}

/** The lifecycle's actor for a test staff member. */
export function asStaff(staff: { principal: StaffPrincipal }): Actor {
  return { kind: 'staff', staff: staff.principal };
}

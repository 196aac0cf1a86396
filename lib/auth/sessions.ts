import { and, eq, isNull, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { staffSessions, staffUsers } from '@/db/schema';
import type { StaffPrincipal } from './roles';

export const IDLE_TIMEOUT_MINUTES = Number(process.env.STAFF_IDLE_TIMEOUT_MINUTES ?? 30);
export const ABSOLUTE_TIMEOUT_HOURS = Number(process.env.STAFF_ABSOLUTE_TIMEOUT_HOURS ?? 12);
/** last_seen_at is written at most this often, so reading pages doesn't mean a write per request. */
const TOUCH_EVERY_MS = 60_000;

export async function createStaffSession(staffUserId: string, sessionVersion: number): Promise<string> {
  const [row] = await db
    .insert(staffSessions)
    .values({ staffUserId, sessionVersion })
    .returning({ id: staffSessions.id });
  return row!.id;
}

/**
 * Checks a session against the database on every request: it must exist, not be revoked, belong
 * to an enabled user whose session version is unchanged, and be within both timeouts.
 */
export async function validateStaffSession(sessionId: string, now = new Date()): Promise<StaffPrincipal | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const [row] = await db
    .select({
      sessionId: staffSessions.id,
      createdAt: staffSessions.createdAt,
      lastSeenAt: staffSessions.lastSeenAt,
      sessionVersion: staffSessions.sessionVersion,
      userVersion: staffUsers.sessionVersion,
      disabled: staffUsers.disabled,
      id: staffUsers.id,
      name: staffUsers.name,
      email: staffUsers.email,
      role: staffUsers.role,
      practitionerId: staffUsers.practitionerId,
    })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.staffUserId))
    .where(and(eq(staffSessions.id, sessionId), isNull(staffSessions.revokedAt)));
  if (!row || row.disabled || row.sessionVersion !== row.userVersion) return null;
  const idleMs = now.getTime() - row.lastSeenAt.getTime();
  const ageMs = now.getTime() - row.createdAt.getTime();
  if (idleMs > IDLE_TIMEOUT_MINUTES * 60_000 || ageMs > ABSOLUTE_TIMEOUT_HOURS * 3_600_000) {
    await revokeStaffSession(sessionId);
    return null;
  }
  if (idleMs > TOUCH_EVERY_MS) {
    await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.id, sessionId));
  }
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    practitionerId: row.practitionerId,
    sessionId: row.sessionId,
  };
}

export async function revokeStaffSession(sessionId: string): Promise<void> {
  await db
    .update(staffSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(staffSessions.id, sessionId), isNull(staffSessions.revokedAt)));
}

/**
 * "Sign out everywhere", and what disabling a user or changing a role or password implies. Pass
 * the transaction of that change so the two commit together.
 */
export async function bumpSessionVersion(staffUserId: string, executor: Executor = db): Promise<void> {
  await executor
    .update(staffUsers)
    .set({ sessionVersion: sql`${staffUsers.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(staffUsers.id, staffUserId));
}

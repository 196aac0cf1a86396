import { and, desc, eq, gt, isNull, ne, notInArray, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { staffSessions, staffUsers } from '@/db/schema';
import type { StaffPrincipal } from './roles';
import { env } from '@/lib/env';

export const IDLE_TIMEOUT_MINUTES = env().STAFF_IDLE_TIMEOUT_MINUTES;
export const ABSOLUTE_TIMEOUT_HOURS = env().STAFF_ABSOLUTE_TIMEOUT_HOURS;
/** Live sessions one staff member may have; signing in once more ends the oldest. */
export const MAX_SESSIONS_PER_STAFF = 10;
/** last_seen_at is written at most this often, so reading pages doesn't mean a write per request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * A new session row, and the oldest of this person's live sessions revoked beyond the newest
 * MAX_SESSIONS_PER_STAFF (in one transaction, so the cap holds however many sign-ins race).
 */
export async function createStaffSession(
  staffUserId: string,
  sessionVersion: number,
  deviceLabel = 'Unknown device',
  now = new Date(),
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staffSessions)
      .values({ staffUserId, sessionVersion, deviceLabel, createdAt: now, lastSeenAt: now })
      .returning({ id: staffSessions.id });
    const keep = tx
      .select({ id: staffSessions.id })
      .from(staffSessions)
      .where(and(eq(staffSessions.staffUserId, staffUserId), isNull(staffSessions.revokedAt)))
      .orderBy(desc(staffSessions.createdAt), desc(staffSessions.id))
      .limit(MAX_SESSIONS_PER_STAFF);
    await tx
      .update(staffSessions)
      .set({ revokedAt: now })
      .where(
        and(
          eq(staffSessions.staffUserId, staffUserId),
          isNull(staffSessions.revokedAt),
          notInArray(staffSessions.id, keep),
        ),
      );
    return row!.id;
  });
}

/**
 * Checks a session against the database on every request: it must exist, not be revoked, belong
 * to an enabled user whose session version is unchanged, and be within both timeouts.
 */
export async function validateStaffSession(
  sessionId: string,
  now = new Date(),
): Promise<StaffPrincipal | null> {
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
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  await db
    .update(staffSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(staffSessions.id, sessionId), isNull(staffSessions.revokedAt)));
}

/** A person's sessions that would still pass validateStaffSession, newest activity first. */
export async function listLiveSessions(staffUserId: string, now = new Date()) {
  return db
    .select({
      id: staffSessions.id,
      deviceLabel: staffSessions.deviceLabel,
      createdAt: staffSessions.createdAt,
      lastSeenAt: staffSessions.lastSeenAt,
    })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.staffUserId))
    .where(
      and(
        eq(staffSessions.staffUserId, staffUserId),
        isNull(staffSessions.revokedAt),
        eq(staffSessions.sessionVersion, staffUsers.sessionVersion),
        gt(staffSessions.lastSeenAt, new Date(now.getTime() - IDLE_TIMEOUT_MINUTES * 60_000)),
        gt(staffSessions.createdAt, new Date(now.getTime() - ABSOLUTE_TIMEOUT_HOURS * 3_600_000)),
      ),
    )
    .orderBy(desc(staffSessions.lastSeenAt));
}

/** Ends one of the person's own sessions; false when it is not theirs or already over. */
export async function revokeOwnSession(staffUserId: string, sessionId: string): Promise<boolean> {
  const ended = await db
    .update(staffSessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(staffSessions.id, sessionId),
        eq(staffSessions.staffUserId, staffUserId),
        isNull(staffSessions.revokedAt),
      ),
    )
    .returning({ id: staffSessions.id });
  return ended.length > 0;
}

/** Every session of the person but `keepSessionId`. Returns how many ended. */
export async function revokeOtherSessions(
  staffUserId: string,
  keepSessionId: string,
): Promise<number> {
  const ended = await db
    .update(staffSessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(staffSessions.staffUserId, staffUserId),
        ne(staffSessions.id, keepSessionId),
        isNull(staffSessions.revokedAt),
      ),
    )
    .returning({ id: staffSessions.id });
  return ended.length;
}

/**
 * "Sign out everywhere", and what disabling a user or changing a role or password implies. Pass
 * the transaction of that change so the two commit together.
 */
export async function bumpSessionVersion(
  staffUserId: string,
  executor: Executor = db,
): Promise<void> {
  await executor
    .update(staffUsers)
    .set({ sessionVersion: sql`${staffUsers.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(staffUsers.id, staffUserId));
}

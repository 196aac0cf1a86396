import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { practitioners, staffMfa, staffSessions, staffUsers } from '@/db/schema';
import { env } from '@/lib/env';

/** Every staff account for the admin's list: no password hashes leave this file. */
export async function listStaffAccounts() {
  return db
    .select({
      id: staffUsers.id,
      name: staffUsers.name,
      email: staffUsers.email,
      role: staffUsers.role,
      disabled: staffUsers.disabled,
      lastLoginAt: staffUsers.lastLoginAt,
      practitionerId: staffUsers.practitionerId,
      practitionerName: practitioners.name,
      invited: sql<boolean>`${staffUsers.passwordHash} is null`,
      mfa: sql<boolean>`${staffMfa.confirmedAt} is not null`,
      // (Columns of the outer row are named in full: drizzle writes them unqualified in a select list.)
      // Sessions that would still pass validateStaffSession: not revoked, current version, within both timeouts.
      openSessions: sql<number>`(select count(*)::int from ${staffSessions} s where s.staff_user_id = "staff_users"."id" and s.revoked_at is null and s.session_version = "staff_users"."session_version" and s.last_seen_at > now() - make_interval(mins => ${env().STAFF_IDLE_TIMEOUT_MINUTES}::int) and s.created_at > now() - make_interval(hours => ${env().STAFF_ABSOLUTE_TIMEOUT_HOURS}::int))`,
    })
    .from(staffUsers)
    .leftJoin(practitioners, eq(practitioners.id, staffUsers.practitionerId))
    .leftJoin(staffMfa, eq(staffMfa.staffUserId, staffUsers.id))
    .orderBy(asc(staffUsers.disabled), asc(staffUsers.name));
}

export async function getStaffAccount(staffUserId: string) {
  const [row] = await db
    .select({
      id: staffUsers.id,
      name: staffUsers.name,
      email: staffUsers.email,
      role: staffUsers.role,
      disabled: staffUsers.disabled,
      practitionerId: staffUsers.practitionerId,
      lastLoginAt: staffUsers.lastLoginAt,
      createdAt: staffUsers.createdAt,
      invited: sql<boolean>`${staffUsers.passwordHash} is null`,
      mfa: sql<boolean>`${staffMfa.confirmedAt} is not null`,
    })
    .from(staffUsers)
    .leftJoin(staffMfa, eq(staffMfa.staffUserId, staffUsers.id))
    .where(eq(staffUsers.id, staffUserId));
  return row ?? null;
}

/** Practitioner profiles for account linking, with the account that already uses each (if any). */
export async function listPractitionerLinks() {
  return db
    .select({ id: practitioners.id, name: practitioners.name, linkedStaffId: staffUsers.id })
    .from(practitioners)
    .leftJoin(staffUsers, eq(staffUsers.practitionerId, practitioners.id))
    .orderBy(asc(practitioners.sortOrder), asc(practitioners.name));
}

/** Names for the audit log's actor filter (disabled accounts too: history keeps them). */
export async function listStaffNames() {
  return db
    .select({ id: staffUsers.id, name: staffUsers.name })
    .from(staffUsers)
    .orderBy(asc(staffUsers.name));
}

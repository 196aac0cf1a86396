import { and, eq, ne, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { practitioners, staffUsers, type StaffRole } from '@/db/schema';
import { fail, fieldError, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import { issueAccountLink } from '@/lib/auth/account-links';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { bumpSessionVersion } from '@/lib/auth/sessions';
import type { ChangeRole, InviteStaff } from '@/lib/validations/staff-accounts';
import { constraintOf, isUniqueViolation } from './db-errors';
import { forbidden, hasRole } from './permissions';

/**
 * Staff accounts, admin only. Every change that alters what a person may do (disable, role,
 * "sign out everywhere") bumps their session version in the same transaction, so their open
 * sessions stop working on the very next request. Admins never see or set anyone's password:
 * an account starts with none and an e-mailed invitation (lib/auth/account-links.ts).
 */

async function linkCheck(
  tx: Executor,
  role: StaffRole,
  practitionerId: string,
): Promise<ActionResult<never> | null> {
  if (role !== 'practitioner' && !practitionerId) return null;
  if (!practitionerId)
    return fieldError('practitionerId', 'A practitioner account needs its practitioner profile.');
  const [found] = await tx
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(eq(practitioners.id, practitionerId));
  return found ? null : fieldError('practitionerId', 'That practitioner profile doesn’t exist.');
}

function uniqueViolation(error: unknown): ActionResult<never> | null {
  if (!isUniqueViolation(error)) return null;
  if (constraintOf(error).includes('practitioner'))
    return fieldError('practitionerId', 'That practitioner profile already has an account.');
  return fieldError('email', 'There is already an account with this e-mail address.');
}

/** Creates the account without a password and e-mails the invitation (same transaction). */
export async function inviteStaffMember(
  actor: StaffPrincipal,
  input: InviteStaff,
): Promise<ActionResult<{ staffUserId: string }>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  try {
    return await db.transaction(async (tx) => {
      const bad = await linkCheck(tx, input.role, input.practitionerId);
      if (bad) return bad;
      const [row] = await tx
        .insert(staffUsers)
        .values({
          name: input.name,
          email: input.email,
          role: input.role,
          practitionerId: input.practitionerId || null,
          passwordHash: null,
        })
        .returning({ id: staffUsers.id });
      await issueAccountLink(tx, { id: row!.id, ...input }, 'invite');
      await writeAudit(
        {
          actorStaffId: actor.id,
          action: 'staff.invite',
          entityType: 'staff',
          entityId: row!.id,
          details: { role: input.role },
        },
        tx,
      );
      return { ok: true as const, data: { staffUserId: row!.id } };
    });
  } catch (error) {
    const mapped = uniqueViolation(error);
    if (mapped) return mapped;
    throw error;
  }
}

/** Another enabled admin must remain, so nobody can lock the clinic out of its own dashboard. */
async function otherActiveAdmins(tx: Executor, staffUserId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(staffUsers)
    .where(
      and(
        eq(staffUsers.role, 'admin'),
        eq(staffUsers.disabled, false),
        ne(staffUsers.id, staffUserId),
      ),
    );
  return row?.n ?? 0;
}

async function lockTarget(tx: Executor, staffUserId: string) {
  // FOR UPDATE: two admins changing the same account serialise instead of both passing the checks.
  const [row] = await tx
    .select({
      id: staffUsers.id,
      role: staffUsers.role,
      disabled: staffUsers.disabled,
      practitionerId: staffUsers.practitionerId,
    })
    .from(staffUsers)
    .where(eq(staffUsers.id, staffUserId))
    .for('update');
  return row ?? null;
}

export async function changeStaffRole(
  actor: StaffPrincipal,
  input: ChangeRole,
): Promise<ActionResult<undefined>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  try {
    return await db.transaction(async (tx) => {
      const target = await lockTarget(tx, input.staffUserId);
      if (!target) return fail('That account no longer exists.');
      if (
        target.role === 'admin' &&
        input.role !== 'admin' &&
        (await otherActiveAdmins(tx, target.id)) === 0
      ) {
        return fieldError(
          'role',
          'This is the only active admin: make someone else an admin first.',
        );
      }
      const bad = await linkCheck(tx, input.role, input.practitionerId);
      if (bad) return bad;
      const practitionerId = input.practitionerId || null;
      if (target.role === input.role && target.practitionerId === practitionerId)
        return { ok: true as const, data: undefined };
      await tx
        .update(staffUsers)
        .set({ role: input.role, practitionerId, updatedAt: new Date() })
        .where(eq(staffUsers.id, target.id));
      await bumpSessionVersion(target.id, tx);
      await writeAudit(
        {
          actorStaffId: actor.id,
          action: 'staff.role_change',
          entityType: 'staff',
          entityId: target.id,
          details: { from: target.role, to: input.role, practitionerId },
        },
        tx,
      );
      return { ok: true as const, data: undefined };
    });
  } catch (error) {
    const mapped = uniqueViolation(error);
    if (mapped) return mapped;
    throw error;
  }
}

export async function setStaffDisabled(
  actor: StaffPrincipal,
  input: { staffUserId: string; disabled: boolean },
): Promise<ActionResult<undefined>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  if (input.disabled && input.staffUserId === actor.id)
    return fail('You can’t disable your own account.');
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, input.staffUserId);
    if (!target) return fail('That account no longer exists.');
    if (target.disabled === input.disabled) return { ok: true as const, data: undefined };
    if (
      input.disabled &&
      target.role === 'admin' &&
      (await otherActiveAdmins(tx, target.id)) === 0
    ) {
      return fail('This is the only active admin and can’t be disabled.');
    }
    await tx
      .update(staffUsers)
      .set({ disabled: input.disabled, updatedAt: new Date() })
      .where(eq(staffUsers.id, target.id));
    // Enabling doesn't revive old sessions either: the person signs in afresh.
    await bumpSessionVersion(target.id, tx);
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: input.disabled ? 'staff.disable' : 'staff.enable',
        entityType: 'staff',
        entityId: target.id,
      },
      tx,
    );
    return { ok: true as const, data: undefined };
  });
}

export async function signOutEverywhere(
  actor: StaffPrincipal,
  input: { staffUserId: string },
): Promise<ActionResult<undefined>> {
  if (!hasRole(actor, ['admin']) && actor.id !== input.staffUserId) return forbidden();
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, input.staffUserId);
    if (!target) return fail('That account no longer exists.');
    await bumpSessionVersion(target.id, tx);
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: 'staff.sign_out_everywhere',
        entityType: 'staff',
        entityId: target.id,
      },
      tx,
    );
    return { ok: true as const, data: undefined };
  });
}

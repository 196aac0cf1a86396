import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { staffSignInPolicy, staffUsers, type StaffRole } from '@/db/schema';
import { fail, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import { issueAccountLink } from '@/lib/auth/account-links';
import { removeMfa } from '@/lib/auth/mfa';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { bumpSessionVersion } from '@/lib/auth/sessions';
import { forgive, throttleKey } from '@/lib/auth/throttle';
import { forbidden, hasRole } from './permissions';

/**
 * What an admin can do about someone else's sign-in, without ever learning their password or
 * second factor: e-mail a new invitation or a reset link, reset their MFA, lift a sign-in pause,
 * and choose which roles need MFA. Every one is audited.
 */
const done = { ok: true as const, data: undefined };

async function target(staffUserId: string) {
  const [row] = await db
    .select({
      id: staffUsers.id,
      email: staffUsers.email,
      name: staffUsers.name,
      role: staffUsers.role,
      disabled: staffUsers.disabled,
      hasPassword: staffUsers.passwordHash,
    })
    .from(staffUsers)
    .where(eq(staffUsers.id, staffUserId));
  return row ?? null;
}

/** A fresh invitation (or, once they have a password, a reset link) to the person's address. */
export async function sendAccountLink(
  actor: StaffPrincipal,
  input: { staffUserId: string },
): Promise<ActionResult<{ purpose: 'invite' | 'reset' }>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  const user = await target(input.staffUserId);
  if (!user) return fail('That account no longer exists.');
  if (user.disabled) return fail('This account is disabled: enable it first.');
  const purpose = user.hasPassword ? ('reset' as const) : ('invite' as const);
  await db.transaction(async (tx) => {
    await issueAccountLink(tx, user, purpose);
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: purpose === 'invite' ? 'staff.invite_resend' : 'staff.reset_link_sent',
        entityType: 'staff',
        entityId: user.id,
      },
      tx,
    );
  });
  return { ok: true, data: { purpose } };
}

/**
 * For a lost phone: removes the person's authenticator app and recovery codes and ends their
 * sessions. Where MFA is required they set up a new app at their next sign-in.
 */
export async function resetStaffMfa(
  actor: StaffPrincipal,
  input: { staffUserId: string },
): Promise<ActionResult<undefined>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  if (input.staffUserId === actor.id)
    return fail('Ask another admin to reset your own two-step sign-in.');
  return db.transaction(async (tx) => {
    const removed = await removeMfa(input.staffUserId, tx);
    if (!removed) return fail('This person has no two-step sign-in set up.');
    await bumpSessionVersion(input.staffUserId, tx);
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: 'staff.mfa_reset',
        entityType: 'staff',
        entityId: input.staffUserId,
      },
      tx,
    );
    return done;
  });
}

/** Ends the pause that failed guesses put on the account (password and code guesses alike). */
export async function liftSignInPause(
  actor: StaffPrincipal,
  input: { staffUserId: string },
): Promise<ActionResult<undefined>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  const user = await target(input.staffUserId);
  if (!user) return fail('That account no longer exists.');
  await forgive(throttleKey('account', user.email), throttleKey('code', user.id));
  await writeAudit({
    actorStaffId: actor.id,
    action: 'staff.sign_in_pause_lifted',
    entityType: 'staff',
    entityId: user.id,
  });
  return done;
}

export async function setMfaRoles(
  actor: StaffPrincipal,
  input: { roles: Array<Exclude<StaffRole, 'admin'>> },
): Promise<ActionResult<undefined>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  const roles = [...new Set(input.roles)].sort();
  await db.transaction(async (tx) => {
    await tx
      .insert(staffSignInPolicy)
      .values({ id: 1, mfaRoles: roles })
      .onConflictDoUpdate({
        target: staffSignInPolicy.id,
        set: { mfaRoles: roles, updatedAt: new Date() },
      });
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: 'settings.mfa_roles',
        entityType: 'settings',
        entityId: 'sign-in',
        details: { roles: roles.join(',') || 'admin only' },
      },
      tx,
    );
  });
  return done;
}

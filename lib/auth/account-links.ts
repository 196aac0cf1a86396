import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import {
  staffAccountLinks,
  staffUsers,
  type AccountLinkPurpose,
  type StaffRole,
} from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { enqueueStaffLinkMessage } from '@/lib/email/staff-outbox';
import { logger } from '@/lib/logger';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { hashPassword } from './password';
import { bumpSessionVersion } from './sessions';
import { forgive, throttleKey } from './throttle';

/** What a set-password link says when it can't be used (expired, used, or never issued). */
export const USED_OR_EXPIRED =
  'This link has expired or was already used. Ask for a new one on the “Forgot your password?” page, or ask an admin to send a new invitation.';

/**
 * E-mailed single-use links with which a person sets their own password: an admin's invitation
 * (72 h) or a "forgot password" reset (1 h). Nobody else ever sees or sets the password. Only the
 * token's SHA-256 is stored; the e-mail carries it sealed until delivery.
 */
export const LINK_HOURS: Record<AccountLinkPurpose, number> = { invite: 72, reset: 1 };
/** Reset e-mails per account and per client address per hour; more are dropped silently. */
const RESETS_PER_ACCOUNT = 3;
const RESETS_PER_ADDRESS = 10;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LinkRecipient {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
}

/**
 * Makes a link and queues its e-mail in the caller's transaction. Earlier unused links of the
 * same purpose stop working: only the newest e-mail counts.
 */
export async function issueAccountLink(
  tx: Executor,
  user: LinkRecipient,
  purpose: AccountLinkPurpose,
  now = new Date(),
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  await tx
    .delete(staffAccountLinks)
    .where(
      and(
        eq(staffAccountLinks.staffUserId, user.id),
        eq(staffAccountLinks.purpose, purpose),
        isNull(staffAccountLinks.usedAt),
      ),
    );
  await tx.insert(staffAccountLinks).values({
    staffUserId: user.id,
    purpose,
    tokenHash: hashToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + LINK_HOURS[purpose] * 3_600_000),
  });
  await enqueueStaffLinkMessage(tx, {
    kind: purpose === 'invite' ? 'staff_invitation' : 'staff_password_reset',
    recipient: user.email,
    name: user.name,
    role: user.role,
    path: `/set-password/${token}`,
    expiresHours: LINK_HOURS[purpose],
    now,
  });
}

/** What the set-password page shows for a link that still works, else null. */
export async function findAccountLink(token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({ purpose: staffAccountLinks.purpose, name: staffUsers.name, email: staffUsers.email })
    .from(staffAccountLinks)
    .innerJoin(staffUsers, eq(staffUsers.id, staffAccountLinks.staffUserId))
    .where(
      and(
        eq(staffAccountLinks.tokenHash, hashToken(token)),
        isNull(staffAccountLinks.usedAt),
        gt(staffAccountLinks.expiresAt, now),
        eq(staffUsers.disabled, false),
      ),
    );
  return row ?? null;
}

/**
 * Sets the person's password through their link, once: the link is used up by the same statement
 * that checks it, every session of the account ends, and the account's sign-in pause is lifted.
 */
export async function setPasswordWithLink(
  token: string,
  password: string,
  now = new Date(),
): Promise<{ ok: true; email: string } | { ok: false }> {
  if (!(await findAccountLink(token, now))) return { ok: false };
  const passwordHash = await hashPassword(password);
  const done = await db.transaction(async (tx) => {
    const [link] = await tx
      .update(staffAccountLinks)
      .set({ usedAt: now })
      .where(
        and(
          eq(staffAccountLinks.tokenHash, hashToken(token)),
          isNull(staffAccountLinks.usedAt),
          gt(staffAccountLinks.expiresAt, now),
        ),
      )
      .returning({
        staffUserId: staffAccountLinks.staffUserId,
        purpose: staffAccountLinks.purpose,
      });
    if (!link) return null;
    const [user] = await tx
      .update(staffUsers)
      .set({ passwordHash, updatedAt: now })
      .where(and(eq(staffUsers.id, link.staffUserId), eq(staffUsers.disabled, false)))
      .returning({ id: staffUsers.id, email: staffUsers.email });
    if (!user) return null;
    await bumpSessionVersion(user.id, tx);
    // Any other link of theirs is now pointless.
    await tx
      .delete(staffAccountLinks)
      .where(and(eq(staffAccountLinks.staffUserId, user.id), isNull(staffAccountLinks.usedAt)));
    await writeAudit(
      {
        actorStaffId: user.id,
        action: link.purpose === 'invite' ? 'staff.password_chosen' : 'staff.password_reset',
        entityType: 'staff',
        entityId: user.id,
      },
      tx,
    );
    return user;
  });
  if (!done) return { ok: false };
  await forgive(throttleKey('account', done.email));
  return { ok: true, email: done.email };
}

/**
 * "Forgot password": e-mails a reset link when the address belongs to an enabled account, and
 * does exactly nothing else otherwise. The caller says the same thing in every case, so the
 * answer never tells whether an address has an account.
 */
export async function requestPasswordReset(
  email: string,
  address: string,
  now = new Date(),
): Promise<void> {
  const [perAddress, perAccount] = await Promise.all([
    hitRateLimit('reset:address', address, RESETS_PER_ADDRESS, 3600, { now }),
    hitRateLimit('reset:account', email, RESETS_PER_ACCOUNT, 3600, { now }),
  ]);
  if (!perAddress.allowed || !perAccount.allowed) {
    logger.warn('password reset request throttled', {
      scope: perAddress.allowed ? 'account' : 'address',
    });
    return;
  }
  const [user] = await db
    .select({
      id: staffUsers.id,
      email: staffUsers.email,
      name: staffUsers.name,
      role: staffUsers.role,
    })
    .from(staffUsers)
    .where(and(eq(staffUsers.email, email), eq(staffUsers.disabled, false)));
  if (!user) return;
  await db.transaction((tx) => issueAccountLink(tx, user, 'reset', now));
  logger.info('password reset e-mail queued', { staffUserId: user.id });
}

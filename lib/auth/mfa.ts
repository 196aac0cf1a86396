import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { staffMfa, staffRecoveryCodes } from '@/db/schema';
import { seal, unseal } from '@/lib/security/seal';
import { matchTotp, newTotpSecret } from './totp';

/**
 * A staff member's second factor: an authenticator app (TOTP) and ten single-use recovery codes.
 * The TOTP secret is sealed (lib/security/seal.ts); recovery codes are 80-bit random values kept
 * as SHA-256 hashes, so a copy of the database reveals neither.
 */
export const RECOVERY_CODE_COUNT = 10;
const SEAL_PURPOSE = 'totp-secret';

const sealSecret = (staffUserId: string, secret: string) => seal(SEAL_PURPOSE, secret, staffUserId);

export function hashRecoveryCode(code: string): string {
  const normal = code.toLowerCase().replace(/[^a-z2-7]/g, '');
  return createHash('sha256').update(`recovery\0${normal}`).digest('hex');
}

/** "k7qm-2vx9-p4ha-rb3e": 16 base32 characters (80 bits) in groups of four. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % 32]!).join('');
  return chars.replace(/(.{4})(?!$)/g, '$1-');
}

export async function hasConfirmedMfa(staffUserId: string, executor: Executor = db) {
  const [row] = await executor
    .select({ id: staffMfa.staffUserId })
    .from(staffMfa)
    .where(and(eq(staffMfa.staffUserId, staffUserId), isNotNull(staffMfa.confirmedAt)));
  return !!row;
}

/**
 * The secret to show while setting up (QR code and typed key). An unfinished set-up keeps its
 * secret, so reloading the page does not invalidate an app that already scanned it.
 */
export async function pendingSecret(staffUserId: string): Promise<string | null> {
  await db
    .insert(staffMfa)
    .values({ staffUserId, secretSealed: sealSecret(staffUserId, newTotpSecret()) })
    .onConflictDoNothing();
  const [row] = await db.select().from(staffMfa).where(eq(staffMfa.staffUserId, staffUserId));
  if (!row || row.confirmedAt) return null;
  const secret = unseal(SEAL_PURPOSE, row.secretSealed, staffUserId);
  if (secret) return secret;
  // Sealed under an older AUTH_SECRET: start the set-up again with a fresh secret.
  const fresh = newTotpSecret();
  await db
    .update(staffMfa)
    .set({ secretSealed: sealSecret(staffUserId, fresh) })
    .where(and(eq(staffMfa.staffUserId, staffUserId), isNull(staffMfa.confirmedAt)));
  return fresh;
}

/** Replaces any earlier recovery codes with ten new ones; returns them (shown once). */
export async function replaceRecoveryCodes(
  staffUserId: string,
  executor: Executor = db,
): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await executor.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffUserId, staffUserId));
  await executor
    .insert(staffRecoveryCodes)
    .values(codes.map((code) => ({ staffUserId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

/**
 * Finishes set-up with a first code from the app: MFA is on, that code's step is used, and ten
 * recovery codes are made. Null when the code is wrong (or set-up was not started).
 */
export async function confirmMfa(
  staffUserId: string,
  code: string,
  now = new Date(),
): Promise<string[] | null> {
  const secret = await pendingSecret(staffUserId);
  if (!secret) return null;
  const step = await matchTotp(secret, code.trim(), 0, now);
  if (step === null) return null;
  // One transaction: MFA never ends up on without its recovery codes.
  return db.transaction(async (tx) => {
    const confirmed = await tx
      .update(staffMfa)
      .set({ confirmedAt: now, lastUsedStep: step })
      .where(and(eq(staffMfa.staffUserId, staffUserId), isNull(staffMfa.confirmedAt)))
      .returning({ id: staffMfa.staffUserId });
    if (!confirmed.length) return null;
    return replaceRecoveryCodes(staffUserId, tx);
  });
}

/**
 * Checks a second-factor code at sign-in: a TOTP code for a step not used before (claimed with a
 * conditional update, so two requests cannot both use it), or an unused recovery code (used up).
 */
export async function verifySecondFactor(
  staffUserId: string,
  input: string,
  now = new Date(),
): Promise<'totp' | 'recovery' | null> {
  const code = input.trim().replace(/\s+/g, '');
  if (/^\d{6}$/.test(code)) {
    const [row] = await db
      .select()
      .from(staffMfa)
      .where(and(eq(staffMfa.staffUserId, staffUserId), isNotNull(staffMfa.confirmedAt)));
    const secret = row ? unseal(SEAL_PURPOSE, row.secretSealed, staffUserId) : null;
    if (!row || !secret) return null;
    const step = await matchTotp(secret, code, row.lastUsedStep, now);
    if (step === null) return null;
    const claimed = await db
      .update(staffMfa)
      .set({ lastUsedStep: step })
      .where(and(eq(staffMfa.staffUserId, staffUserId), lt(staffMfa.lastUsedStep, step)))
      .returning({ id: staffMfa.staffUserId });
    return claimed.length ? 'totp' : null;
  }
  if (code.replace(/-/g, '').length !== 16) return null;
  const used = await db
    .update(staffRecoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(staffRecoveryCodes.staffUserId, staffUserId),
        eq(staffRecoveryCodes.codeHash, hashRecoveryCode(code)),
        isNull(staffRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: staffRecoveryCodes.id });
  return used.length ? 'recovery' : null;
}

export async function unusedRecoveryCodes(staffUserId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(staffRecoveryCodes)
    .where(and(eq(staffRecoveryCodes.staffUserId, staffUserId), isNull(staffRecoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/** Removes the app and the recovery codes (an admin's reset, or the person turning MFA off). */
export async function removeMfa(staffUserId: string, executor: Executor = db): Promise<boolean> {
  const removed = await executor
    .delete(staffMfa)
    .where(eq(staffMfa.staffUserId, staffUserId))
    .returning({ id: staffMfa.staffUserId });
  await executor.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffUserId, staffUserId));
  return removed.length > 0;
}

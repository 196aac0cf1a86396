import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { staffUsers } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { logger } from '@/lib/logger';
import { confirmMfa, verifySecondFactor } from './mfa';
import { createStaffSession } from './sessions';
import {
  consumeReadyAttempt,
  findSignInAttempt,
  markAttemptReady,
  recordCodeFailure,
} from './sign-in-attempts';
import { forgive, takeGuess, throttleKey } from './throttle';

export type CodeCheck =
  | { ok: true }
  | { ok: false; reason: 'expired' | 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Runs one guess at a code for a sign-in attempt in `stage`: the person's code guesses share a
 * progressive delay (lib/auth/throttle.ts) and each attempt allows five wrong codes before the
 * password is needed again.
 */
async function guessCode<T>(
  attemptToken: string | undefined,
  stage: 'code' | 'enrol',
  now: Date,
  check: (staffUserId: string) => Promise<T | null>,
): Promise<{ ok: true; value: T } | Exclude<CodeCheck, { ok: true }>> {
  const attempt = await findSignInAttempt(attemptToken, now);
  if (!attempt || attempt.stage !== stage) return { ok: false, reason: 'expired' };
  const key = throttleKey('code', attempt.staffUserId);
  const guess = await takeGuess(key, now);
  if (!guess.allowed) {
    logger.warn('sign-in code throttled', { retryAfterSeconds: guess.retryAfterSeconds });
    return { ok: false, reason: 'throttled', retryAfterSeconds: guess.retryAfterSeconds };
  }
  const value = await check(attempt.staffUserId);
  if (value === null) {
    const alive = await recordCodeFailure(attempt.id);
    logger.info('sign-in code refused', { attemptEnded: !alive });
    return { ok: false, reason: alive ? 'invalid' : 'expired' };
  }
  await forgive(key);
  await markAttemptReady(attempt.id);
  return { ok: true, value };
}

/** The second step of a sign-in for someone with MFA: an app code or a recovery code. */
export async function verifySignInCode(
  attemptToken: string | undefined,
  code: string,
  now = new Date(),
): Promise<CodeCheck> {
  const result = await guessCode(attemptToken, 'code', now, async (staffUserId) => {
    const used = await verifySecondFactor(staffUserId, code, now);
    if (used === 'recovery') {
      await writeAudit({
        actorStaffId: staffUserId,
        action: 'staff.recovery_code_used',
        entityType: 'staff',
        entityId: staffUserId,
      });
    }
    return used;
  });
  return result.ok ? { ok: true } : result;
}

/** First set-up of an app during a sign-in that requires one: returns the ten recovery codes. */
export async function confirmSignInEnrolment(
  attemptToken: string | undefined,
  code: string,
  now = new Date(),
): Promise<{ ok: true; recoveryCodes: string[] } | Exclude<CodeCheck, { ok: true }>> {
  const result = await guessCode(attemptToken, 'enrol', now, async (staffUserId) => {
    const codes = await confirmMfa(staffUserId, code, now);
    if (codes) {
      await writeAudit({
        actorStaffId: staffUserId,
        action: 'staff.mfa_enabled',
        entityType: 'staff',
        entityId: staffUserId,
        details: { during: 'sign-in' },
      });
    }
    return codes;
  });
  return result.ok ? { ok: true, recoveryCodes: result.value } : result;
}

/**
 * Turns a finished sign-in attempt into a session (what Auth.js's credentials provider calls).
 * The attempt is used up by this call; the account must still be enabled.
 */
export async function completeSignIn(
  attemptToken: unknown,
  now = new Date(),
): Promise<{ staffUserId: string; sessionId: string } | null> {
  if (typeof attemptToken !== 'string' || attemptToken.length > 100) return null;
  const attempt = await consumeReadyAttempt(attemptToken, now);
  if (!attempt) return null;
  const [user] = await db
    .select({ disabled: staffUsers.disabled, sessionVersion: staffUsers.sessionVersion })
    .from(staffUsers)
    .where(eq(staffUsers.id, attempt.staffUserId));
  if (!user || user.disabled) return null;
  const sessionId = await createStaffSession(
    attempt.staffUserId,
    user.sessionVersion,
    attempt.deviceLabel,
    now,
  );
  await db
    .update(staffUsers)
    .set({ lastLoginAt: now })
    .where(eq(staffUsers.id, attempt.staffUserId));
  logger.info('sign-in', { staffUserId: attempt.staffUserId });
  return { staffUserId: attempt.staffUserId, sessionId };
}

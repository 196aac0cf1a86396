import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { db } from '@/db';
import { staffSignInAttempts, type SignInStage, type StaffSignInAttempt } from '@/db/schema';

/** How long the step between password and session may take (reading a code, scanning a QR). */
export const ATTEMPT_MINUTES = 10;
/** Wrong codes within one attempt before the password has to be entered again. */
export const CODE_FAILURES_PER_ATTEMPT = 5;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSignInAttempt(
  staffUserId: string,
  stage: SignInStage,
  deviceLabel: string,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(staffSignInAttempts).values({
    staffUserId,
    stage,
    deviceLabel,
    tokenHash: hashToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + ATTEMPT_MINUTES * 60_000),
  });
  // Old attempts of anyone are worthless: clear them while here.
  await db.delete(staffSignInAttempts).where(lt(staffSignInAttempts.expiresAt, now));
  return token;
}

export async function findSignInAttempt(
  token: string | undefined,
  now = new Date(),
): Promise<StaffSignInAttempt | null> {
  if (!token || token.length > 100) return null;
  const [row] = await db
    .select()
    .from(staffSignInAttempts)
    .where(
      and(
        eq(staffSignInAttempts.tokenHash, hashToken(token)),
        gt(staffSignInAttempts.expiresAt, now),
      ),
    );
  return row ?? null;
}

/** Counts a wrong code; the attempt ends (deleted) at the limit. Returns whether it lives on. */
export async function recordCodeFailure(attemptId: string): Promise<boolean> {
  const [row] = await db
    .update(staffSignInAttempts)
    .set({ codeFailures: sql`${staffSignInAttempts.codeFailures} + 1` })
    .where(eq(staffSignInAttempts.id, attemptId))
    .returning({ failures: staffSignInAttempts.codeFailures });
  if (row && row.failures < CODE_FAILURES_PER_ATTEMPT) return true;
  await db.delete(staffSignInAttempts).where(eq(staffSignInAttempts.id, attemptId));
  return false;
}

export async function markAttemptReady(attemptId: string): Promise<void> {
  await db
    .update(staffSignInAttempts)
    .set({ stage: 'ready' })
    .where(eq(staffSignInAttempts.id, attemptId));
}

/** Takes a finished attempt, once: the row is deleted by the same statement that reads it. */
export async function consumeReadyAttempt(token: string, now = new Date()) {
  const [row] = await db
    .delete(staffSignInAttempts)
    .where(
      and(
        eq(staffSignInAttempts.tokenHash, hashToken(token)),
        eq(staffSignInAttempts.stage, 'ready'),
        gt(staffSignInAttempts.expiresAt, now),
      ),
    )
    .returning({
      staffUserId: staffSignInAttempts.staffUserId,
      deviceLabel: staffSignInAttempts.deviceLabel,
    });
  return row ?? null;
}

export async function deleteSignInAttempt(token: string | undefined): Promise<void> {
  if (token)
    await db.delete(staffSignInAttempts).where(eq(staffSignInAttempts.tokenHash, hashToken(token)));
}

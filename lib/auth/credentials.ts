import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { staffUsers } from '@/db/schema';
import { logger } from '@/lib/logger';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { signInSchema } from './credentials-schema';
import { hashPassword, verifyPassword } from './password';
import { createStaffSession } from './sessions';

export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const MAX_ATTEMPTS_PER_ACCOUNT = Number(process.env.SIGNIN_MAX_PER_ACCOUNT ?? 5);
export const MAX_ATTEMPTS_PER_ADDRESS = Number(process.env.SIGNIN_MAX_PER_ADDRESS ?? 30);

export type CredentialCheck =
  | { ok: true; staffUserId: string; sessionId: string }
  | { ok: false; reason: 'invalid' | 'throttled'; retryAfterSeconds?: number };

// Verifying against a real hash for unknown e-mails keeps the timing of both failures alike.
let dummyHash: Promise<string> | undefined;

/**
 * Every attempt counts against the account and the client address (in PostgreSQL, shared by all
 * instances) before the password is looked at, so parallel guesses can't slip past the limit.
 */
export async function checkStaffCredentials(
  input: unknown,
  address: string,
  now = new Date(),
): Promise<CredentialCheck> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  const [perAccount, perAddress] = await Promise.all([
    hitRateLimit('signin:account', email, MAX_ATTEMPTS_PER_ACCOUNT, SIGN_IN_WINDOW_SECONDS, {
      now,
    }),
    hitRateLimit('signin:address', address, MAX_ATTEMPTS_PER_ADDRESS, SIGN_IN_WINDOW_SECONDS, {
      now,
    }),
  ]);
  if (!perAccount.allowed || !perAddress.allowed) {
    logger.warn('sign-in throttled', { scope: perAccount.allowed ? 'address' : 'account' });
    return {
      ok: false,
      reason: 'throttled',
      retryAfterSeconds: Math.max(perAccount.retryAfterSeconds, perAddress.retryAfterSeconds),
    };
  }

  const [user] = await db
    .select({
      id: staffUsers.id,
      passwordHash: staffUsers.passwordHash,
      disabled: staffUsers.disabled,
      sessionVersion: staffUsers.sessionVersion,
    })
    .from(staffUsers)
    .where(eq(staffUsers.email, email));
  dummyHash ??= hashPassword('not-a-real-password-' + Math.random());
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !valid || user.disabled) {
    logger.info('sign-in refused');
    return { ok: false, reason: 'invalid' };
  }
  await db.update(staffUsers).set({ lastLoginAt: new Date() }).where(eq(staffUsers.id, user.id));
  const sessionId = await createStaffSession(user.id, user.sessionVersion);
  logger.info('sign-in', { staffUserId: user.id });
  return { ok: true, staffUserId: user.id, sessionId };
}

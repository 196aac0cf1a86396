import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { staffMfa, staffUsers } from '@/db/schema';
import { logger } from '@/lib/logger';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { signInSchema } from '@/lib/validations/staff-auth';
import { readDeviceCookie } from './device-cookie';
import { mfaRequiredFor } from './mfa-policy';
import { hashPassword, verifyPassword } from './password';
import { createSignInAttempt } from './sign-in-attempts';
import { forgive, takeGuess, throttleKey } from './throttle';
import { env } from '@/lib/env';

const SIGN_IN_WINDOW_SECONDS = 15 * 60;
/** Unrecognised-device attempts per client address across all accounts (password spraying). */
export const MAX_ATTEMPTS_PER_ADDRESS = env().SIGNIN_MAX_PER_ADDRESS;

export type SignInNext = 'code' | 'enrol' | 'ready';

export type CredentialCheck =
  | { ok: true; staffUserId: string; attempt: string; next: SignInNext }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export interface CredentialContext {
  now?: Date;
  /** The browser's device cookie for an account, if it has one (lib/auth/device-cookie.ts). */
  deviceCookie?: (staffUserId: string) => string | undefined;
  deviceLabel?: string;
}

// Verifying against a real hash for unknown e-mails keeps the timing of both failures alike.
let dummyHash: Promise<string> | undefined;

/**
 * The password step of a staff sign-in. A browser holding this account's device cookie is judged
 * by its own failures only; any other browser by the account's failures from unrecognised
 * devices and by its address's attempts. Each allowed guess is counted before the password is
 * checked (parallel guesses can't slip past) and forgiven when right. A right password yields a
 * sign-in attempt whose next step is the second factor, its set-up, or nothing ('ready').
 */
export async function checkStaffCredentials(
  input: unknown,
  address: string,
  context: CredentialContext = {},
): Promise<CredentialCheck> {
  const now = context.now ?? new Date();
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  const [user] = await db
    .select({
      id: staffUsers.id,
      role: staffUsers.role,
      passwordHash: staffUsers.passwordHash,
      disabled: staffUsers.disabled,
      mfaConfirmedAt: staffMfa.confirmedAt,
    })
    .from(staffUsers)
    .leftJoin(staffMfa, eq(staffMfa.staffUserId, staffUsers.id))
    .where(eq(staffUsers.email, email));

  const device = user ? readDeviceCookie(user.id, context.deviceCookie?.(user.id)) : null;
  const accountKey = throttleKey('account', email);
  const deviceKey = device ? throttleKey('device', device) : null;
  const refused = await takeTurn(deviceKey, accountKey, address, now);
  if (refused) return refused;

  dummyHash ??= hashPassword('not-a-real-password-' + Math.random());
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.passwordHash || !valid || user.disabled) {
    logger.info('sign-in refused', { device: deviceKey ? 'recognised' : 'unrecognised' });
    return { ok: false, reason: 'invalid' };
  }
  // Right password: this device (or, from an unrecognised one, the account) starts afresh.
  await forgive(deviceKey ?? accountKey);
  const next: SignInNext = user.mfaConfirmedAt
    ? 'code'
    : (await mfaRequiredFor(user.role))
      ? 'enrol'
      : 'ready';
  const attempt = await createSignInAttempt(
    user.id,
    next,
    context.deviceLabel ?? 'Unknown device',
    now,
  );
  return { ok: true, staffUserId: user.id, attempt, next };
}

async function takeTurn(
  deviceKey: string | null,
  accountKey: string,
  address: string,
  now: Date,
): Promise<Extract<CredentialCheck, { reason: 'throttled' }> | null> {
  const throttled = (retryAfterSeconds: number, scope: string) => {
    logger.warn('sign-in throttled', { scope, retryAfterSeconds });
    return { ok: false as const, reason: 'throttled' as const, retryAfterSeconds };
  };
  if (deviceKey) {
    const guess = await takeGuess(deviceKey, now);
    return guess.allowed ? null : throttled(guess.retryAfterSeconds, 'device');
  }
  const perAddress = await hitRateLimit(
    'signin:address',
    address,
    MAX_ATTEMPTS_PER_ADDRESS,
    SIGN_IN_WINDOW_SECONDS,
    { now },
  );
  if (!perAddress.allowed) return throttled(perAddress.retryAfterSeconds, 'address');
  const guess = await takeGuess(accountKey, now);
  return guess.allowed ? null : throttled(guess.retryAfterSeconds, 'account');
}

'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { fail, fieldErrorsOf, type ActionResult } from '@/lib/actions/result';
import { signIn } from '@/lib/auth/config';
import { checkStaffCredentials } from '@/lib/auth/credentials';
import { signInSchema } from '@/lib/validations/staff-auth';
import { deviceLabel } from '@/lib/auth/device-label';
import { confirmSignInEnrolment, verifySignInCode, type CodeCheck } from '@/lib/auth/second-factor';
import { deleteSignInAttempt, findSignInAttempt } from '@/lib/auth/sign-in-attempts';
import { clientAddress } from '@/lib/security/client-address';
import { signInCodeSchema, totpCodeSchema } from '@/lib/validations/staff-auth';
import { CODE_INVALID, EXPIRED, INVALID, throttledMessage } from './messages';
import {
  deviceCookieReader,
  dropAttemptToken,
  keepAttemptToken,
  readAttemptToken,
  rememberDevice,
} from './sign-in-cookies';

/**
 * A staff sign-in in steps: the password (signInAction), then, for people with two-step sign-in,
 * a code (verifyCodeAction) or, the first time it is required, setting up an app
 * (confirmEnrolmentAction, then finishSignInAction once the recovery codes are saved). The
 * session is made only at the end (finish), from the finished attempt.
 */

/** Ends the attempt in a session and this browser as a known device; goes to the dashboard. */
async function finish(token: string): Promise<ActionResult> {
  const attempt = await findSignInAttempt(token);
  if (!attempt || attempt.stage !== 'ready') return fail(EXPIRED);
  try {
    const url: unknown = await signIn('credentials', { attempt: token, redirect: false });
    if (typeof url === 'string' && url.includes('error=')) return fail(EXPIRED);
  } catch (error) {
    if (error instanceof AuthError) return fail(EXPIRED);
    throw error;
  }
  await rememberDevice(attempt.staffUserId);
  await dropAttemptToken();
  redirect('/dashboard');
}

export async function signInAction(input: unknown): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const request = await headers();
  const result = await checkStaffCredentials(parsed.data, clientAddress(request), {
    deviceCookie: await deviceCookieReader(),
    deviceLabel: deviceLabel(request.get('user-agent')),
  });
  if (!result.ok)
    return {
      ok: false,
      formError:
        result.reason === 'throttled'
          ? throttledMessage(result.retryAfterSeconds, 'password')
          : INVALID,
    };
  await deleteSignInAttempt(await readAttemptToken());
  if (result.next === 'ready') return finish(result.attempt);
  await keepAttemptToken(result.attempt);
  redirect('/sign-in');
}

function codeRefusal(result: Exclude<CodeCheck, { ok: true }>): ActionResult<never> {
  if (result.reason === 'throttled')
    return { ok: false, formError: throttledMessage(result.retryAfterSeconds, 'code') };
  if (result.reason === 'expired') return fail(EXPIRED);
  return { ok: false, fieldErrors: { code: [CODE_INVALID] } };
}

export async function verifyCodeAction(input: unknown): Promise<ActionResult> {
  const parsed = signInCodeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const token = await readAttemptToken();
  const result = await verifySignInCode(token, parsed.data.code.replace(/\s/g, ''));
  if (!result.ok) return codeRefusal(result);
  return finish(token!);
}

export async function confirmEnrolmentAction(
  input: unknown,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const parsed = totpCodeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await confirmSignInEnrolment(
    await readAttemptToken(),
    parsed.data.code.replace(/\s/g, ''),
  );
  if (!result.ok) return codeRefusal(result);
  return { ok: true, data: { recoveryCodes: result.recoveryCodes } };
}

/** After the recovery codes were shown: the session starts. */
export async function finishSignInAction(): Promise<ActionResult> {
  const token = await readAttemptToken();
  if (!token) return fail(EXPIRED);
  return finish(token);
}

/** "Use another account": forgets the half-finished sign-in. */
export async function startOverAction(): Promise<void> {
  await deleteSignInAttempt(await readAttemptToken());
  await dropAttemptToken();
  redirect('/sign-in');
}

import 'server-only';
import { cookies, headers } from 'next/headers';
import { DEVICE_COOKIE_DAYS, deviceCookieName, newDeviceCookie } from '@/lib/auth/device-cookie';
import { usesSecureCookies } from '@/lib/auth/session-token';
import { ATTEMPT_MINUTES } from '@/lib/auth/sign-in-attempts';

/**
 * The sign-in's own cookies, both HttpOnly and limited to /sign-in: the attempt between password
 * and session, and the device cookie that tells this browser's sign-ins from a stranger's.
 */
const ATTEMPT_COOKIE = 'staff_sign_in';
const PATH = '/sign-in';

async function base() {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: usesSecureCookies(await headers()),
    path: PATH,
  };
}

export async function readAttemptToken(): Promise<string | undefined> {
  return (await cookies()).get(ATTEMPT_COOKIE)?.value;
}

export async function keepAttemptToken(token: string): Promise<void> {
  (await cookies()).set(ATTEMPT_COOKIE, token, { ...(await base()), maxAge: ATTEMPT_MINUTES * 60 });
}

export async function dropAttemptToken(): Promise<void> {
  (await cookies()).set(ATTEMPT_COOKIE, '', { ...(await base()), maxAge: 0 });
}

/** Reads this browser's device cookie for an account (lib/auth/device-cookie.ts). */
export async function deviceCookieReader(): Promise<(staffUserId: string) => string | undefined> {
  const jar = await cookies();
  return (staffUserId) => jar.get(deviceCookieName(staffUserId))?.value;
}

/** After a complete sign-in: this browser is now a device this person has used. */
export async function rememberDevice(staffUserId: string): Promise<void> {
  const { name, value } = newDeviceCookie(staffUserId);
  (await cookies()).set(name, value, { ...(await base()), maxAge: DEVICE_COOKIE_DAYS * 86_400 });
}

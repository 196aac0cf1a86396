import { randomBytes, timingSafeEqual } from 'node:crypto';
import { keyedHash } from '@/lib/security/seal';

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser in
 * which a staff member completed a sign-in gets a signed cookie naming that person. A later
 * sign-in to the same account from that browser is judged by that device's own failures only, so
 * a stranger's guesses at the account (which pause unrecognised devices) never keep the real
 * person out. The cookie holds a random nonce and an HMAC over the account id and nonce; nothing
 * else is stored. One cookie per account, so a shared front-desk computer remembers each person.
 */
const PREFIX = 'staff_device_';
export const DEVICE_COOKIE_DAYS = 180;

export function deviceCookieName(staffUserId: string): string {
  return PREFIX + keyedHash('device-cookie-name', staffUserId).slice(0, 16);
}

function signature(staffUserId: string, nonce: string): string {
  return keyedHash('device-cookie', `${staffUserId}\0${nonce}`);
}

export function newDeviceCookie(staffUserId: string): { name: string; value: string } {
  const nonce = randomBytes(16).toString('base64url');
  return {
    name: deviceCookieName(staffUserId),
    value: `d1.${nonce}.${signature(staffUserId, nonce)}`,
  };
}

/** The device's nonce when `value` is a genuine cookie for this account, else null. */
export function readDeviceCookie(staffUserId: string, value: string | undefined): string | null {
  const [version, nonce, sig] = (value ?? '').split('.');
  if (version !== 'd1' || !nonce || !sig || nonce.length > 64) return null;
  const expected = Buffer.from(signature(staffUserId, nonce));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? nonce : null;
}

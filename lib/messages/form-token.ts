import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/security/secret';
import { env } from '@/lib/env';

/**
 * A signed "this form was shown at T" stamp for public forms, checked on submit: bots that post
 * straight away (or replay an old form forever) are refused without any third-party CAPTCHA.
 */

export const MIN_FILL_MS = env().CALLBACK_MIN_FILL_SECONDS * 1000;
export const MAX_FORM_AGE_MS = 24 * 3_600_000;

function sign(purpose: string, issuedAt: number): string {
  return createHmac('sha256', authSecret()).update(`${purpose}:${issuedAt}`).digest('base64url');
}

export function issueFormToken(purpose: string, now = new Date()): string {
  const issuedAt = now.getTime();
  return `${issuedAt}.${sign(purpose, issuedAt)}`;
}

export type FormTokenCheck = 'ok' | 'too_fast' | 'expired' | 'invalid';

export function checkFormToken(purpose: string, token: string, now = new Date()): FormTokenCheck {
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(purpose, issuedAt));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = now.getTime() - issuedAt;
  if (age < MIN_FILL_MS) return 'too_fast';
  if (age > MAX_FORM_AGE_MS || age < -60_000) return 'expired';
  return 'ok';
}

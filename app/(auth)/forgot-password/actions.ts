'use server';

import { headers } from 'next/headers';
import { fieldErrorsOf, type ActionResult } from '@/lib/actions/result';
import { requestPasswordReset } from '@/lib/auth/account-links';
import { clientAddress } from '@/lib/security/client-address';
import { forgotPasswordSchema } from '@/lib/validations/staff-auth';

/** Always the same answer, whether or not the address has an account (no enumeration). */
export async function requestPasswordResetAction(input: unknown): Promise<ActionResult> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  await requestPasswordReset(parsed.data.email, clientAddress(await headers()));
  return { ok: true, data: undefined };
}

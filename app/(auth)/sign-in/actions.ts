'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { fieldErrorsOf, type ActionResult } from '@/lib/actions/result';
import { signIn } from '@/lib/auth/config';
import { signInSchema } from '@/lib/auth/credentials-schema';

const INVALID = 'That e-mail and password do not match an active staff account.';
const THROTTLED =
  'Too many sign-in attempts. For your patients’ safety the account is paused for 15 minutes; try again then or ask an admin.';

export async function signInAction(input: unknown): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const url: unknown = await signIn('credentials', { ...parsed.data, redirect: false });
    if (typeof url === 'string' && url.includes('error=')) {
      return { ok: false, formError: url.includes('code=throttled') ? THROTTLED : INVALID };
    }
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { ok: false, formError: error.code === 'throttled' ? THROTTLED : INVALID };
    }
    if (error instanceof AuthError) return { ok: false, formError: INVALID };
    throw error;
  }
  redirect('/dashboard');
}

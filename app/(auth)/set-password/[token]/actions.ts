'use server';

import { redirect } from 'next/navigation';
import { fail, fieldErrorsOf, type ActionResult } from '@/lib/actions/result';
import { setPasswordWithLink, USED_OR_EXPIRED } from '@/lib/auth/account-links';
import { setPasswordSchema } from '@/lib/validations/staff-auth';

export async function setPasswordAction(input: unknown): Promise<ActionResult> {
  const parsed = setPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await setPasswordWithLink(parsed.data.token, parsed.data.password);
  if (!result.ok) return fail(USED_OR_EXPIRED);
  redirect('/sign-in?notice=password-set');
}

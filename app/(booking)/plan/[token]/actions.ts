'use server';

import { redirect } from 'next/navigation';
import { isWellFormedManageToken } from '@/lib/appointments/online/manage-token';
import { tickExercise } from '@/lib/care-plans/patient';
import { planPath } from '@/lib/care-plans/token';
import { logger } from '@/lib/logger';
import { tickSchema } from '@/lib/validations/care-plans';

/**
 * "Done today" from My plan: a plain form post (works without JavaScript), then back to the plan
 * with the outcome in the query, which the page announces beside that exercise.
 */
export async function tickExerciseAction(token: string, formData: FormData): Promise<void> {
  if (!isWellFormedManageToken(token)) redirect('/');
  const parsed = tickSchema.safeParse({
    planExerciseId: formData.get('planExerciseId'),
    pain: formData.get('pain') ?? undefined,
  });
  const ex =
    typeof formData.get('planExerciseId') === 'string'
      ? String(formData.get('planExerciseId')).slice(0, 36)
      : '';
  if (!parsed.success)
    redirect(`${planPath(token)}?ex=${encodeURIComponent(ex)}&result=invalid#ex-${ex}`);
  let code: string;
  try {
    const outcome = await tickExercise(token, parsed.data);
    code = outcome.ok ? 'done' : outcome.code;
  } catch (error) {
    logger.error('plan tick failed', { error });
    code = 'failed';
  }
  redirect(
    `${planPath(token)}?ex=${encodeURIComponent(parsed.data.planExerciseId)}&result=${code}#ex-${parsed.data.planExerciseId}`,
  );
}

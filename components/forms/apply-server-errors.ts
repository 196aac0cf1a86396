import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { ActionResult } from '@/lib/actions/result';

/** The fallback when a refusal names no field of this form and says nothing itself. */
export const CHECK_AND_RETRY = 'That didn’t work. Please check the form and try again.';

/**
 * Puts a failed action's messages on the form: field errors on their fields (focus on the first),
 * the rest on root.server, which the form's FormStatus announces. A message for a field the form
 * doesn't show is kept as a form-level message rather than dropped. What was typed stays.
 */
export function applyServerErrors<T extends FieldValues>(
  result: Pick<Extract<ActionResult, { ok: false }>, 'formError' | 'fieldErrors'>,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): void {
  const stray: string[] = [];
  let placed = false;
  for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    const root = path.split('.')[0] ?? path;
    if (fields.includes(root)) {
      setError(path as FieldPath<T>, { type: 'server', message }, { shouldFocus: !placed });
      placed = true;
    } else stray.push(message);
  }
  const formError =
    result.formError ?? (stray.length ? stray.join(' ') : placed ? undefined : CHECK_AND_RETRY);
  if (formError) setError('root.server' as FieldPath<T>, { type: 'server', message: formError });
}

import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { ActionResult } from '@/lib/actions/result';

/**
 * Puts a failed action's errors on the form: field errors on their fields (when the form has
 * them), the rest on root.server. The typed values stay untouched.
 */
export function applyServerErrors<T extends FieldValues>(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): void {
  const stray: string[] = [];
  for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    const root = path.split('.')[0] ?? path;
    if (fields.includes(root)) setError(path as FieldPath<T>, { message }, { shouldFocus: true });
    else stray.push(message);
  }
  const formError = result.formError ?? (stray.length ? stray.join(' ') : undefined);
  if (formError) setError('root.server' as FieldPath<T>, { message: formError });
}

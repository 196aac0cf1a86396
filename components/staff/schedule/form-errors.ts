import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';

/**
 * Puts a failed action's messages on the form: field errors on their inputs, everything else on
 * root.server (shown in the form's live region). Nothing the user typed is reset.
 */
export function applyServerErrors<T extends FieldValues>(
  result: { formError?: string; fieldErrors?: Partial<Record<string, string[]>> },
  setError: UseFormSetError<T>,
  fields: ReadonlyArray<FieldPath<T>>,
): void {
  let placed = false;
  for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
    const message = messages?.[0];
    const field = fields.find((f) => f === path);
    if (field && message) {
      setError(field, { type: 'server', message });
      placed = true;
    }
  }
  const rest =
    result.formError ?? (placed ? undefined : 'That didn’t work. Please check and try again.');
  if (rest) setError('root.server', { type: 'server', message: rest });
}

import type { z } from 'zod';
import type { FieldErrors } from './result';

/**
 * zod issues as `{ 'patient.email': [...] }`, the dotted paths react-hook-form's setError takes.
 * Issues about the whole object (unknown keys, including `__proto__`) become the form error.
 */
export function fieldErrorsFrom(error: z.ZodError): {
  fieldErrors: FieldErrors;
  formError?: string;
} {
  const fieldErrors: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (!path) {
      formErrors.push(issue.message);
      continue;
    }
    (fieldErrors[path] ??= []).push(issue.message);
  }
  // A null-prototype object is safe to fill from user-controlled paths; callers get a plain one.
  const plain: FieldErrors = { ...fieldErrors };
  return formErrors.length
    ? { fieldErrors: plain, formError: formErrors.join(' ') }
    : { fieldErrors: plain };
}

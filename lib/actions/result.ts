import type { z } from 'zod';

/** The one result type of every server action: expected failures are returned, only bugs throw. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: Partial<Record<string, string[]>> };

/** An expected failure: a message for the form, and optionally messages for its fields. */
export type Failure = {
  ok: false;
  formError: string;
  fieldErrors?: Partial<Record<string, string[]>>;
};

export function fail(formError: string, fieldErrors?: Partial<Record<string, string[]>>): Failure {
  return { ok: false, formError, ...(fieldErrors ? { fieldErrors } : {}) };
}

/** An expected failure that belongs to one field. */
export function fieldError(
  field: string,
  message: string,
): Extract<ActionResult<never>, { ok: false }> {
  return { ok: false, fieldErrors: { [field]: [message] } };
}

export function fieldErrorsOf(error: z.ZodError): Partial<Record<string, string[]>> {
  const out: Partial<Record<string, string[]>> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** What a manage-link form shows after its action: nothing yet, or why the change did not happen. */
export type ManageActionState = { formError: string; fieldError?: string; reason?: string } | null;

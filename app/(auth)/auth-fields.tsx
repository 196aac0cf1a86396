'use client';

import { unstable_rethrow } from 'next/navigation';
import type { InputHTMLAttributes, ReactNode } from 'react';
import type { FieldPath, FieldValues, UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import { Field, type FieldLook } from '@/components/forms/field';
import { UNREACHABLE_MESSAGE } from '@/components/forms/public-form';
import { applyServerErrors } from '@/components/staff/server-errors';
import { buttonClasses } from '@/components/ui/button-link';
import type { ActionResult } from '@/lib/actions/result';

/**
 * The submit handler every signed-out staff form shares: calls the server action, lets a redirect
 * (the next step, the dashboard) happen, puts refusals beside their fields or on the form, and
 * says so when the server could not be reached. What was typed stays.
 */
export function useAuthSubmit<V extends FieldValues, D>(
  form: UseFormReturn<V>,
  action: (values: V) => Promise<ActionResult<D>>,
  fields: readonly string[],
  onDone?: (data: D) => void,
) {
  return form.handleSubmit(async (values) => {
    let result: ActionResult<D>;
    try {
      result = await action(values);
    } catch (error) {
      unstable_rethrow(error);
      form.setError('root.server' as FieldPath<V>, { message: UNREACHABLE_MESSAGE });
      return;
    }
    if (result.ok) return onDone?.(result.data);
    applyServerErrors(result, form.setError, fields);
  });
}

const inputClasses =
  'mt-1 block w-full rounded-lg border border-sand-300 bg-white px-3 py-2.5 text-base text-ink focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700 aria-[invalid=true]:border-clay-700';

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="mt-1 text-sm text-clay-800">
      {message}
    </p>
  ) : null;
}

const look: FieldLook = { label: 'font-semibold', hint: 'text-sm text-muted', Error: FieldError };

/** One labelled input of the sign-in pages, its error tied to it for screen readers. */
export function AuthInput({
  id,
  label,
  hint,
  error,
  registration,
  ...input
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error} look={look}>
      {(a11y) => <input {...a11y} className={inputClasses} {...input} {...registration} />}
    </Field>
  );
}

/** The form's own message (a refusal, a pause), announced when it appears. */
export function AuthFormMessage({ message }: { message?: string }) {
  return (
    <div aria-live="polite" role="status">
      {message ? (
        <p className="rounded-lg border border-clay-700 bg-clay-50 p-3 text-clay-800">{message}</p>
      ) : null}
    </div>
  );
}

export function AuthSubmit({
  busy,
  busyLabel,
  children,
}: {
  busy: boolean;
  busyLabel: string;
  children: ReactNode;
}) {
  return (
    <button
      type="submit"
      disabled={busy}
      className={`${buttonClasses('primary', 'lg')} w-full disabled:opacity-70`}
    >
      {busy ? busyLabel : children}
    </button>
  );
}

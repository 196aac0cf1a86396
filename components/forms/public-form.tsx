'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import type { ActionResult } from '@/lib/actions/result';

/** Input classes of the public site's small forms (call-back request, reader question). */
export const publicControlClasses =
  'mt-1.5 block w-full rounded-lg border bg-white px-3.5 py-3 text-base text-ink placeholder:text-muted focus-visible:outline-3 focus-visible:outline-offset-2';

export function FieldMessage({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="mt-1.5 font-medium text-clay-800">
      {message}
    </p>
  ) : null;
}

const noSubscription = () => () => {};

type GuardedResult = ActionResult & { freshToken?: string };

/**
 * What the public site's spam-guarded forms share: disabled until hydrated (typing before that
 * would be lost), server field errors onto their fields with focus on the first, a fresh
 * "form shown at" stamp when the server sends one, and focus on the thank-you message once sent.
 * The form must have a `formToken` field.
 */
export function usePublicFormSubmission<TInput extends FieldValues, TValues>(
  form: UseFormReturn<TInput, unknown, TValues>,
  action: (values: TValues) => Promise<GuardedResult>,
  fields: readonly FieldPath<TInput>[],
) {
  const [sent, setSent] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  // Move focus to the confirmation so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (sent) statusRef.current?.focus();
  }, [sent]);

  const submit = async (values: TValues) => {
    const result = await action(values);
    if (result.ok) {
      setSent(true);
      form.reset();
      return;
    }
    if (result.freshToken) {
      form.setValue('formToken' as FieldPath<TInput>, result.freshToken as never);
    }
    let focused = false;
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      if ((fields as readonly string[]).includes(path) && messages?.[0]) {
        form.setError(
          path as FieldPath<TInput>,
          { message: messages[0] },
          { shouldFocus: !focused },
        );
        focused = true;
      }
    }
    form.setError('root.server', {
      message: result.formError ?? (focused ? undefined : 'Please check the form and try again.'),
    });
  };

  return { sent, setSent, statusRef, hydrated, submit };
}

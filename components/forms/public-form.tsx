'use client';

import {
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
  type RefObject,
} from 'react';
import type { FieldPath, FieldValues, UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import type { ActionResult } from '@/lib/actions/result';
import {
  controlA11y,
  Field,
  type ControlA11y,
  type FieldFrameProps,
  type FieldLook,
} from './field';

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
 * False during server rendering and until React has hydrated. Forms stay disabled until then:
 * typing before would be lost, and a plain browser submit would skip the form's own handling.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** What a form shows when the server could not be reached at all (network down, redeploy). */
export const UNREACHABLE_MESSAGE =
  'We couldn’t reach the clinic, so nothing was sent. Check your connection and try again — what you typed is still here.';

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
  freshStamp?: () => Promise<string>,
) {
  const [sent, setSent] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();

  // The page around the form is cached, so its "form shown at" stamp is as old as the cached page:
  // ask for one of now, so the minimum fill time counts from when this visitor saw the form.
  useEffect(() => {
    if (!hydrated || !freshStamp) return;
    freshStamp().then(
      (token) => form.setValue('formToken' as FieldPath<TInput>, token as never),
      () => undefined, // the cached stamp still works; a stale one is answered with a fresh one
    );
  }, [hydrated, freshStamp, form]);

  // Move focus to the confirmation so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (sent) statusRef.current?.focus();
  }, [sent]);

  const submit = async (values: TValues) => {
    let result: GuardedResult;
    try {
      result = await action(values);
    } catch {
      form.setError('root.server', { message: UNREACHABLE_MESSAGE });
      return;
    }
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

/** The public forms' label / hint / control / error frame (components/forms/field.tsx). */
const publicLook: FieldLook = {
  label: 'block font-semibold',
  hint: 'text-[0.95rem] text-muted',
  Error: FieldMessage,
};

export function PublicField(
  props: FieldFrameProps & { children: (control: ControlA11y) => ReactNode },
) {
  return <Field {...props} look={publicLook} />;
}

/** Classes of a public text input, select or textarea, red-bordered when invalid. */
export function publicControl(invalid: boolean): string {
  return `${publicControlClasses} ${invalid ? 'border-clay-700' : 'border-sand-300'}`;
}

/** The form-level message (a server refusal, a throttle), announced when it appears. */
export function FormServerError({ message }: { message?: string }) {
  return (
    <div aria-live="polite" role="status">
      {message ? (
        <p className="rounded-lg border border-clay-700 bg-clay-50 p-3 font-medium text-clay-800">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The spam guard's hidden fields: a honeypot, invisible to people and screen readers (bots that
 * fill every field give themselves away), and the signed "form shown at" stamp.
 */
export function SpamGuardFields({
  id,
  website,
  formToken,
}: {
  id: string;
  website: UseFormRegisterReturn;
  formToken: UseFormRegisterReturn;
}) {
  return (
    <>
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id}>Leave this field empty</label>
        <input id={id} type="text" tabIndex={-1} autoComplete="off" {...website} />
      </div>
      <input type="hidden" {...formToken} />
    </>
  );
}

export function ConsentCheckbox({
  id,
  error,
  registration,
  children,
}: {
  id: string;
  error?: string;
  registration: UseFormRegisterReturn;
  children: ReactNode;
}) {
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          className="mt-1 size-5 accent-brand-700"
          {...controlA11y(id, false, !!error)}
          {...registration}
        />
        <label htmlFor={id}>{children}</label>
      </div>
      <FieldMessage id={id} message={error} />
    </div>
  );
}

export function PublicSubmitButton({
  pending,
  children,
}: {
  pending: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="inline-flex min-h-12 w-full cursor-pointer items-center justify-center rounded-full bg-brand-800 px-6 py-3 font-semibold text-white hover:bg-brand-900 disabled:cursor-wait disabled:opacity-80 sm:w-auto"
    >
      {pending ? 'Sending…' : children}
    </button>
  );
}

/** The thank-you panel that replaces a sent form; focus moves to it (usePublicFormSubmission). */
export function SentNotice({
  statusRef,
  title,
  againLabel,
  onAgain,
  children,
}: {
  statusRef: RefObject<HTMLDivElement | null>;
  title: string;
  againLabel: string;
  onAgain: () => void;
  children: ReactNode;
}) {
  return (
    <div
      ref={statusRef}
      tabIndex={-1}
      role="status"
      className="rounded-xl border border-brand-200 bg-brand-50 p-5"
    >
      <p className="text-lg font-semibold">{title}</p>
      <p className="mt-2">{children}</p>
      <button
        type="button"
        onClick={onAgain}
        className="mt-3 cursor-pointer font-semibold text-brand-800 underline underline-offset-4"
      >
        {againLabel}
      </button>
    </div>
  );
}

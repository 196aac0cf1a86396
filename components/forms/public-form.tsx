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
import { applyServerErrors } from './apply-server-errors';
import { controlA11y, FieldError } from './field';

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
    applyServerErrors(result, form.setError, fields);
  };

  return { sent, setSent, statusRef, hydrated, submit };
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
      <FieldError id={id} message={error} />
    </div>
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

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  FieldMessage,
  publicControlClasses as control,
  usePublicFormSubmission,
} from '@/components/forms/public-form';
import { askQuestionAction } from '@/app/(site)/articles/[slug]/actions';
import {
  QUESTION_MAX,
  articleQuestionSchema,
  type ArticleQuestionInput,
  type ArticleQuestionValues,
} from '@/lib/validations/article-question';

const FIELDS = ['question', 'name', 'email', 'consent'] as const;

const describedBy = (...ids: Array<string | false>) => ids.filter(Boolean).join(' ') || undefined;

/**
 * A reader's question under an article. Same protections as the call-back form: the shared zod
 * schema on both sides, a honeypot and a signed "form shown at" stamp, a per-address limit.
 */
export function AskQuestionForm({
  articleSlug,
  formToken,
}: {
  articleSlug: string;
  formToken: string;
}) {
  const form = useForm<ArticleQuestionInput, unknown, ArticleQuestionValues>({
    resolver: zodResolver(articleQuestionSchema),
    defaultValues: { articleSlug, question: '', name: '', email: '', website: '', formToken },
    shouldFocusError: true,
  });

  const { sent, setSent, statusRef, hydrated, submit } = usePublicFormSubmission(
    form,
    askQuestionAction,
    FIELDS,
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  if (sent) {
    return (
      <div
        ref={statusRef}
        tabIndex={-1}
        role="status"
        className="rounded-xl border border-brand-200 bg-brand-50 p-5"
      >
        <p className="text-lg font-semibold">Thank you, we have your question.</p>
        <p className="mt-2">
          A member of our clinical team reads every question. Answers we publish appear on this
          page; if you gave an e-mail address, we let you know when yours is answered.
        </p>
        <button
          type="button"
          onClick={() => setSent(false)}
          className="mt-3 cursor-pointer font-semibold text-brand-800 underline underline-offset-4"
        >
          Ask another question
        </button>
      </div>
    );
  }

  const border = (invalid: boolean) => (invalid ? 'border-clay-700' : 'border-sand-300');
  return (
    <form onSubmit={(e) => void handleSubmit(submit)(e)} noValidate className="space-y-5">
      <div aria-live="polite" role="status">
        {errors.root?.server?.message ? (
          <p className="rounded-lg border border-clay-700 bg-clay-50 p-3 font-medium text-clay-800">
            {errors.root.server.message}
          </p>
        ) : null}
      </div>
      <fieldset disabled={!hydrated} className="contents">
        <input type="hidden" {...register('articleSlug')} />
        <div>
          <label htmlFor="aq-question" className="block font-semibold">
            Your question
          </label>
          <p id="aq-question-hint" className="text-[0.95rem] text-muted">
            Between 10 and 1,000 characters. Please don’t include personal medical details.
          </p>
          <textarea
            id="aq-question"
            rows={4}
            maxLength={QUESTION_MAX}
            aria-invalid={errors.question ? true : undefined}
            aria-describedby={describedBy(
              'aq-question-hint',
              !!errors.question && 'aq-question-error',
            )}
            className={`${control} ${border(!!errors.question)}`}
            {...register('question')}
          />
          <FieldMessage id="aq-question" message={errors.question?.message} />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <div>
            <label htmlFor="aq-name" className="block font-semibold">
              Your name <span className="font-normal text-muted">(optional)</span>
            </label>
            <input
              id="aq-name"
              autoComplete="given-name"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy(!!errors.name && 'aq-name-error')}
              className={`${control} ${border(!!errors.name)}`}
              {...register('name')}
            />
            <FieldMessage id="aq-name" message={errors.name?.message} />
          </div>
          <div>
            <label htmlFor="aq-email" className="block font-semibold">
              E-mail <span className="font-normal text-muted">(optional)</span>
            </label>
            <p id="aq-email-hint" className="text-[0.95rem] text-muted">
              Only used to tell you when your question is answered. Never published.
            </p>
            <input
              id="aq-email"
              type="email"
              autoComplete="email"
              inputMode="email"
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedBy('aq-email-hint', !!errors.email && 'aq-email-error')}
              className={`${control} ${border(!!errors.email)}`}
              {...register('email')}
            />
            <FieldMessage id="aq-email" message={errors.email?.message} />
          </div>
        </div>
        {/* Honeypot: invisible to people and screen readers; bots that fill every field give themselves away. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="aq-website">Leave this field empty</label>
          <input
            id="aq-website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            {...register('website')}
          />
        </div>
        <input type="hidden" {...register('formToken')} />
        <div>
          <div className="flex items-start gap-3">
            <input
              id="aq-consent"
              type="checkbox"
              className="mt-1 size-5 accent-brand-700"
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={describedBy(!!errors.consent && 'aq-consent-error')}
              {...register('consent')}
            />
            <label htmlFor="aq-consent">
              I agree that the clinic stores my question and may publish it on this page with an
              answer, either anonymously or with the first name I gave — never with my e-mail
              address.
            </label>
          </div>
          <FieldMessage id="aq-consent" message={errors.consent?.message} />
        </div>
        <button
          type="submit"
          disabled={isSubmitting}
          className="inline-flex min-h-12 w-full cursor-pointer items-center justify-center rounded-full bg-brand-800 px-6 py-3 font-semibold text-white hover:bg-brand-900 disabled:cursor-wait disabled:opacity-80 sm:w-auto"
        >
          {isSubmitting ? 'Sending…' : 'Send my question'}
        </button>
      </fieldset>
    </form>
  );
}

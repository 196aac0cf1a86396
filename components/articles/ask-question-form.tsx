'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  ConsentCheckbox,
  SentNotice,
  SpamGuardFields,
  usePublicFormSubmission,
} from '@/components/forms/public-form';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextArea, TextInput } from '@/components/forms/controls';
import { askQuestionAction, questionFormStampAction } from '@/app/(site)/articles/[slug]/actions';
import {
  QUESTION_MAX,
  articleQuestionSchema,
  type ArticleQuestionInput,
  type ArticleQuestionValues,
} from '@/lib/validations/article-question';

const FIELDS = ['question', 'name', 'email', 'consent'] as const;

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
    questionFormStampAction,
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  if (sent) {
    return (
      <SentNotice
        statusRef={statusRef}
        title="Thank you, we have your question."
        againLabel="Ask another question"
        onAgain={() => setSent(false)}
      >
        A member of our clinical team reads every question. Answers we publish appear on this page;
        if you gave an e-mail address, we let you know when yours is answered.
      </SentNotice>
    );
  }

  return (
    <form onSubmit={(e) => void handleSubmit(submit)(e)} noValidate className="space-y-5">
      <FormStatus error={errors.root?.server?.message} />
      <fieldset disabled={!hydrated} className="contents">
        <legend className="sr-only">Your question</legend>
        <input type="hidden" {...register('articleSlug')} />
        <TextArea
          id="aq-question"
          label="Your question"
          hint="Between 10 and 1,000 characters. Please don’t include personal medical details."
          error={errors.question?.message}
          density="roomy"
          rows={4}
          maxLength={QUESTION_MAX}
          registration={register('question')}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextInput
            id="aq-name"
            label="Your name"
            optional
            error={errors.name?.message}
            density="roomy"
            autoComplete="given-name"
            registration={register('name')}
          />
          <TextInput
            id="aq-email"
            label="E-mail"
            optional
            hint="Only used to tell you when your question is answered. Never published."
            error={errors.email?.message}
            density="roomy"
            type="email"
            autoComplete="email"
            inputMode="email"
            registration={register('email')}
          />
        </div>
        <SpamGuardFields
          id="aq-website"
          website={register('website')}
          formToken={register('formToken')}
        />
        <ConsentCheckbox
          id="aq-consent"
          error={errors.consent?.message}
          registration={register('consent')}
        >
          I agree that the clinic stores my question and may publish it on this page with an answer,
          either anonymously or with the first name I gave — never with my e-mail address.
        </ConsentCheckbox>
        <SubmitButton
          variant="primary"
          size="lg"
          wide
          pending={isSubmitting}
          pendingLabel="Sending…"
        >
          Send my question
        </SubmitButton>
      </fieldset>
    </form>
  );
}

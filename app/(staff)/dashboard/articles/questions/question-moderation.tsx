'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import type { ArticleQuestionStatus } from '@/db/schema';
import { answerQuestionSchema, type AnswerQuestionInput } from '@/lib/validations/article-editor';
import { answerQuestionAction, moderateQuestionAction } from '../actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextArea } from '@/components/forms/controls';
import { buttonClasses } from '@/components/ui/button';

export function QuestionModeration({
  questionId,
  status,
  answer,
}: {
  questionId: string;
  status: ArticleQuestionStatus;
  answer: string;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | undefined>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AnswerQuestionInput>({
    resolver: zodResolver(answerQuestionSchema),
    defaultValues: { questionId, answer },
  });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    const result = await answerQuestionAction(values);
    if (!result.ok) return applyServerErrors(result, setError, ['answer']);
    setMessage(
      result.data.published
        ? 'Answer saved and updated on the site.'
        : 'Answer saved. Publish it to show it on the article.',
    );
  });

  const moderate = (decision: 'publish' | 'unpublish' | 'reject') =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await moderateQuestionAction({ questionId, decision });
      if (!result.ok) setError('root.server', { message: result.formError ?? 'That didn’t work.' });
    });

  const id = `answer-${questionId}`;
  return (
    <div className="mt-3 space-y-3">
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-2">
        <input type="hidden" {...register('questionId')} />
        <TextArea
          id={id}
          label="Answer"
          rows={3}
          error={errors.answer?.message}
          registration={register('answer')}
        />
        <SubmitButton pending={isSubmitting} pendingLabel="Saving…" variant="secondary" size="sm">
          {answer ? 'Save answer' : 'Answer'}
        </SubmitButton>
      </form>
      <div className="flex flex-wrap gap-2">
        {status === 'published' ? (
          <button
            type="button"
            disabled={pending}
            onClick={() => moderate('unpublish')}
            className={buttonClasses({ variant: 'secondary', size: 'sm' })}
          >
            Unpublish
          </button>
        ) : (
          <button
            type="button"
            disabled={pending || !answer}
            onClick={() => moderate('publish')}
            className={buttonClasses({ variant: 'primary', size: 'sm' })}
          >
            Publish with answer
          </button>
        )}
        {status !== 'rejected' ? (
          <button
            type="button"
            disabled={pending}
            onClick={() => moderate('reject')}
            className={buttonClasses({ variant: 'danger', size: 'sm' })}
          >
            Reject
          </button>
        ) : null}
      </div>
      <FormStatus error={errors.root?.server?.message} success={message} />
    </div>
  );
}

'use client';

import { useState, useTransition } from 'react';
import { recordArticleReviewAction } from './actions';
import { buttonClasses } from '@/components/ui/button';

/** The reviewer confirms they have checked the article again: "Last reviewed" becomes today. */
export function ReviewButton({ articleId }: { articleId: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const record = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await recordArticleReviewAction({ articleId });
      if (!result.ok) setMessage(result.formError ?? 'That didn’t work. Please try again.');
      else setMessage('Review recorded: the next one is due in 12 months.');
    });
  return (
    <div>
      <button
        type="button"
        onClick={record}
        disabled={pending}
        aria-describedby="review-help"
        className={buttonClasses({ variant: 'secondary', size: 'sm' })}
      >
        {pending ? 'Saving…' : 'Record review today'}
      </button>
      <p id="review-help" role="status" aria-live="polite" className="mt-1 max-w-xs text-sm">
        {message ?? ''}
      </p>
    </div>
  );
}

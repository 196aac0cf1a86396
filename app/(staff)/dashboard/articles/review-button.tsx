'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { buttonClass } from '@/components/staff/fields';
import { recordArticleReviewAction } from './actions';

/** The reviewer confirms they have checked the article again: "Last reviewed" becomes today. */
export function ReviewButton({ articleId }: { articleId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const record = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await recordArticleReviewAction({ articleId });
      if (!result.ok) setMessage(result.formError ?? 'That didn’t work. Please try again.');
      else {
        setMessage('Review recorded: the next one is due in 12 months.');
        router.refresh();
      }
    });
  return (
    <div>
      <button
        type="button"
        onClick={record}
        disabled={pending}
        aria-describedby="review-help"
        className={buttonClass('secondary')}
      >
        {pending ? 'Saving…' : 'Record review today'}
      </button>
      <p id="review-help" role="status" aria-live="polite" className="mt-1 max-w-xs text-sm">
        {message ?? ''}
      </p>
    </div>
  );
}

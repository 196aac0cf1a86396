'use client';

import { useState, useTransition } from 'react';
import { setArticlePublishedAction } from './actions';
import { buttonClasses } from '@/components/ui/button';

export function PublishControls({
  articleId,
  published,
  canPublish,
}: {
  articleId: string;
  published: boolean;
  canPublish: boolean;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const toggle = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await setArticlePublishedAction({ articleId, publish: !published });
      if (!result.ok) setMessage(result.formError ?? 'That didn’t work. Please try again.');
    });
  return (
    <div>
      <button
        type="button"
        onClick={toggle}
        disabled={pending || (!published && !canPublish)}
        aria-describedby="publish-help"
        className={buttonClasses({ variant: published ? 'secondary' : 'primary', size: 'sm' })}
      >
        {pending ? 'Saving…' : published ? 'Unpublish' : 'Publish'}
      </button>
      <p id="publish-help" role="status" aria-live="polite" className="mt-1 max-w-xs text-sm">
        {message ??
          (!published && !canPublish
            ? 'Choose a medical reviewer and save before publishing.'
            : '')}
      </p>
    </div>
  );
}

'use client';

import { useState, useTransition } from 'react';
import { retryOutboxMessageAction } from './actions';
import { buttonClasses } from '@/components/ui/button';

export function RetryButton({ messageId, subject }: { messageId: string; subject: string }) {
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const statusId = `retry-${messageId}-status`;
  const onClick = () =>
    startTransition(async () => {
      setStatus(null);
      const result = await retryOutboxMessageAction({ messageId });
      if (!result.ok)
        setStatus({ error: true, text: result.formError ?? 'That didn’t work. Please try again.' });
      else setStatus({ error: false, text: 'Queued: it goes out within a few seconds.' });
    });
  return (
    <div>
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        aria-describedby={status ? statusId : undefined}
        aria-label={`Retry: ${subject}`}
        className={buttonClasses({ variant: 'primary', size: 'sm' })}
      >
        {pending ? 'Retrying…' : 'Retry'}
      </button>
      <p
        id={statusId}
        role="status"
        aria-live="polite"
        className={`mt-1 text-sm ${status?.error ? 'text-clay-800' : 'text-muted'}`}
      >
        {status?.text}
      </p>
    </div>
  );
}

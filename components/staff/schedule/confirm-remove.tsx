'use client';

import { useState, useTransition } from 'react';
import { buttonClasses } from '@/components/ui/button';

/**
 * "Remove" for a block of time (time off, a clinic closure): asks once more first, since the time
 * becomes bookable immediately. The server action comes bound to what it removes.
 */
export function ConfirmRemove({
  remove: removeAction,
  label,
}: {
  remove: () => Promise<{ ok: boolean; formError?: string }>;
  label: string;
}) {
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = () =>
    startTransition(async () => {
      const result = await removeAction();
      if (!result.ok) setError(result.formError ?? 'That didn’t work. Please try again.');
    });

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {confirming ? (
        <>
          <button
            type="button"
            onClick={remove}
            disabled={pending}
            aria-label={`Confirm: remove ${label}`}
            className={buttonClasses({ variant: 'danger', size: 'sm' }, 'px-3 text-sm')}
          >
            {pending ? 'Removing…' : 'Yes, remove'}
          </button>
          <button
            type="button"
            onClick={() => setConfirming(false)}
            className={buttonClasses({ variant: 'ghost', size: 'sm' }, 'px-2 text-sm')}
          >
            Keep
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          aria-label={`Remove ${label}`}
          className={buttonClasses({ variant: 'dangerOutline', size: 'sm' }, 'border px-3 text-sm')}
        >
          Remove
        </button>
      )}
      {error ? (
        <span role="alert" className="text-sm text-clay-800">
          {error}
        </span>
      ) : null}
    </span>
  );
}

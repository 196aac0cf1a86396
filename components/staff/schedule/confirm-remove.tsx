'use client';

import { useState, useTransition } from 'react';

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
            className="inline-flex min-h-10 cursor-pointer items-center rounded-full bg-clay-800 px-3 text-sm font-semibold text-white disabled:cursor-wait disabled:opacity-75"
          >
            {pending ? 'Removing…' : 'Yes, remove'}
          </button>
          <button
            type="button"
            onClick={() => setConfirming(false)}
            className="min-h-10 cursor-pointer px-2 text-sm font-semibold text-brand-800"
          >
            Keep
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          aria-label={`Remove ${label}`}
          className="inline-flex min-h-10 cursor-pointer items-center rounded-full border border-clay-700 px-3 text-sm font-semibold text-clay-800 hover:bg-clay-50"
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

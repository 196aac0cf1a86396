'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { buttonClass } from '@/components/staff/fields';
import { setCallbackHandledAction } from './actions';

export function HandledButton({
  requestId,
  handled,
  name,
}: {
  requestId: string;
  handled: boolean;
  name: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errorId = `handled-${requestId}-error`;
  const onClick = () =>
    startTransition(async () => {
      setError(null);
      const result = await setCallbackHandledAction({ requestId, handled: !handled });
      if (!result.ok) setError(result.formError ?? 'That didn’t work. Please try again.');
      else router.refresh();
    });
  return (
    <div>
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        aria-describedby={error ? errorId : undefined}
        aria-label={`${handled ? 'Reopen' : 'Mark handled'}: ${name}`}
        className={buttonClass(handled ? 'secondary' : 'primary')}
      >
        {pending ? 'Saving…' : handled ? 'Reopen' : 'Mark handled'}
      </button>
      <p id={errorId} role="status" aria-live="polite" className="mt-1 text-sm text-clay-800">
        {error}
      </p>
    </div>
  );
}

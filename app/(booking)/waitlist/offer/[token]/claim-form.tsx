'use client';

import { useActionState } from 'react';
import type { ClaimState } from '../../actions';
import { SubmitButton } from '@/components/forms/submit-button';

/** "Book this time": one press, no double submit; works without JavaScript too. */
export function ClaimForm({
  action,
  label,
}: {
  action: (state: ClaimState) => Promise<ClaimState>;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.moved)
    return (
      <p
        role="status"
        className="rounded-xl border border-brand-200 bg-brand-50 p-5 text-lg font-semibold"
      >
        Done: your appointment has moved to this time. We’ve e-mailed you the new details.
      </p>
    );
  return (
    <form action={formAction} className="space-y-3">
      <div aria-live="polite" role="status">
        {state?.error ? (
          <p className="rounded-lg border border-clay-700 bg-clay-50 p-3 font-medium text-clay-800">
            {state.error}
          </p>
        ) : null}
      </div>
      <SubmitButton pending={pending} pendingLabel="Booking…" variant="primary" size="lg" wide>
        {label}
      </SubmitButton>
    </form>
  );
}

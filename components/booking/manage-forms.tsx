'use client';

import Link from 'next/link';
import type { ManageActionState } from '@/lib/actions/result';
import { useActionState, useEffect, useRef } from 'react';
import { FocusHeading } from '@/components/ui/focus-heading';
import { SubmitButton } from '@/components/forms/submit-button';
import { buttonClasses } from '@/components/ui/button';

/** `reason`: what the patient typed, handed back so a failed cancellation doesn't wipe it. */
type ManageAction = (state: ManageActionState, formData: FormData) => Promise<ManageActionState>;

function FormError({ state }: { state: ManageActionState }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state?.formError) ref.current?.focus();
  }, [state]);
  return (
    <div aria-live="polite">
      {state?.formError ? (
        <p
          ref={ref}
          tabIndex={-1}
          className="rounded-lg border-2 border-clay-700 bg-clay-50 p-3 font-semibold text-clay-800"
        >
          {state.formError}
        </p>
      ) : null}
    </div>
  );
}

/** "Are you sure?" for cancelling, with an optional reason. Works without JavaScript too. */
export function CancelForm({ action, keepHref }: { action: ManageAction; keepHref: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-4">
      <div>
        <label htmlFor="cancel-reason" className="block font-semibold text-ink">
          Reason <span className="font-normal text-muted">(optional)</span>
        </label>
        <p id="cancel-reason-hint" className="text-[0.95rem] text-muted">
          It helps us, but you don’t have to say.
        </p>
        <textarea
          id="cancel-reason"
          name="reason"
          rows={3}
          maxLength={500}
          // React resets the form after each submit; a failed one resets it to what was typed.
          defaultValue={state?.reason ?? ''}
          aria-describedby={`cancel-reason-hint${state?.fieldError ? ' cancel-reason-error' : ''}`}
          aria-invalid={state?.fieldError ? true : undefined}
          className="mt-1.5 block w-full rounded-lg border border-sand-300 bg-white px-3.5 py-3 text-base text-ink"
        />
        {state?.fieldError ? (
          <p id="cancel-reason-error" className="mt-1.5 font-medium text-clay-800">
            {state.fieldError}
          </p>
        ) : null}
      </div>
      <FormError state={state} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <SubmitButton variant="danger" size="lg" wide pendingLabel="Cancelling…">
          Yes, cancel my appointment
        </SubmitButton>
        <Link href={keepHref} className={buttonClasses({ variant: 'secondary', size: 'lg' })}>
          No, keep it
        </Link>
      </div>
    </form>
  );
}

/** Confirms a move to the time chosen in the picker above. */
export function RescheduleForm({
  action,
  start,
  whenLabel,
  note,
  backHref,
}: {
  action: ManageAction;
  start: string;
  whenLabel: string;
  note?: string;
  backHref: string;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="start" value={start} />
      <FocusHeading level={3} focusKey={start} className="font-sans text-lead font-normal text-ink">
        Move your appointment to <strong>{whenLabel}</strong>?
      </FocusHeading>
      {note ? <p className="text-ink">{note}</p> : null}
      <FormError state={state} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <SubmitButton variant="cta" size="lg" wide pendingLabel="Moving…">
          Yes, move my appointment
        </SubmitButton>
        <Link href={backHref} className={buttonClasses({ variant: 'secondary', size: 'lg' })}>
          Pick another time
        </Link>
      </div>
    </form>
  );
}

'use client';

import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { endPlanAction, removePrescriptionAction, updatePlanNotesAction } from '../actions';
import { buttonClasses } from '@/components/ui/button';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextArea } from '@/components/forms/controls';
import { FormStatus } from '@/components/forms/form-status';

export function NotesForm({ planId, notes }: { planId: string; notes: string }) {
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<{ notes: string }>({ defaultValues: { notes } });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setSaved(null);
    const result = await updatePlanNotesAction({ planId, notes: values.notes });
    if (result.ok) setSaved('Notes saved.');
    else applyServerErrors(result, form.setError, ['notes']);
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="space-y-3">
      <TextArea
        id="plan-notes"
        label="Plan notes"
        rows={4}
        error={errors.notes?.message}
        registration={form.register('notes')}
      />
      <FormStatus id="plan-notes-result" error={errors.root?.server?.message} success={saved} />
      <SubmitButton pending={isSubmitting} pendingLabel="Saving…" variant="secondary" size="sm">
        Save notes
      </SubmitButton>
    </form>
  );
}

/** A one-click change with its own status line (remove an exercise, end the plan). */
function ActionButton({
  label,
  busyLabel,
  confirmText,
  run,
  tone = 'secondary',
}: {
  label: string;
  busyLabel: string;
  confirmText?: string;
  run: () => Promise<{ ok: boolean; formError?: string }>;
  tone?: 'secondary' | 'danger';
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const go = () =>
    start(async () => {
      setError(null);
      const result = await run();
      if (!result.ok) setError(result.formError ?? 'That didn’t work. Please try again.');
      setAsking(false);
    });
  return (
    <div className="space-y-2">
      {asking && confirmText ? (
        <div role="group" aria-label={label} className="flex flex-wrap items-center gap-2">
          <span>{confirmText}</span>
          <button
            type="button"
            className={buttonClasses({ variant: 'danger', size: 'sm' })}
            disabled={pending}
            onClick={go}
          >
            {pending ? busyLabel : `Yes, ${label.toLowerCase()}`}
          </button>
          <button
            type="button"
            className={buttonClasses({ variant: 'secondary', size: 'sm' })}
            onClick={() => setAsking(false)}
          >
            Keep it
          </button>
        </div>
      ) : (
        <button
          type="button"
          className={buttonClasses({ variant: tone, size: 'sm' })}
          disabled={pending}
          onClick={() => (confirmText ? setAsking(true) : go())}
        >
          {pending ? busyLabel : label}
        </button>
      )}
      <div aria-live="polite">
        {error ? (
          <p role="alert" className="font-medium text-clay-800">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function RemoveExerciseButton({
  planId,
  planExerciseId,
  name,
}: {
  planId: string;
  planExerciseId: string;
  name: string;
}) {
  return (
    <ActionButton
      label={`Remove ${name}`}
      busyLabel="Removing…"
      run={() => removePrescriptionAction({ planId, planExerciseId })}
    />
  );
}

export function EndPlanButton({ planId }: { planId: string }) {
  return (
    <ActionButton
      label="End plan"
      busyLabel="Ending…"
      tone="danger"
      confirmText="End this plan today? Booked visits stay booked; cancel them one by one if needed."
      run={() => endPlanAction({ planId })}
    />
  );
}

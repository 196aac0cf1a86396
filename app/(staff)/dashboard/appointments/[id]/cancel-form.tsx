'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { cancelFormSchema } from '@/lib/validations/appointments';
import { cancelAppointmentAction } from '../actions';
import { FormStatus } from '@/components/forms/form-status';
import { TextArea } from '@/components/forms/controls';
import { SubmitButton } from '@/components/forms/submit-button';
import { buttonClasses } from '@/components/ui/button';

type Values = { reason: string };

/** Cancelling needs a reason; the form stays closed until asked for, so it is never pressed by accident. */
export function CancelForm({
  appointmentId,
  onCancelled,
}: {
  appointmentId: string;
  onCancelled: () => void;
}) {
  const [open, setOpen] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(cancelFormSchema),
    defaultValues: { reason: '' },
  });
  const { errors, isSubmitting } = form.formState;

  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-expanded="false"
        aria-controls="cancel-form"
        className="inline-flex min-h-11 cursor-pointer items-center rounded-full border-2 border-clay-700 px-4 font-semibold text-clay-800 hover:bg-clay-50"
      >
        Cancel appointment…
      </button>
    );
  }

  const submit = form.handleSubmit(async (values) => {
    const result = await cancelAppointmentAction({ appointmentId, reason: values.reason });
    if (result.ok) onCancelled();
    else applyServerErrors(result, form.setError, ['reason']);
  });

  return (
    <form
      id="cancel-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      className="space-y-3 rounded-xl border border-clay-100 bg-clay-50/50 p-4"
      aria-describedby="cancel-result"
    >
      <TextArea
        id="cancel-reason"
        label="Reason for cancelling"
        hint="Required. Kept with the appointment; not sent to the patient."
        rows={3}
        autoFocus
        error={errors.reason?.message}
        registration={form.register('reason')}
      />
      <FormStatus id="cancel-result" error={errors.root?.server?.message} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={isSubmitting} pendingLabel="Cancelling…" variant="danger" size="md">
          Cancel appointment
        </SubmitButton>
        <button
          type="button"
          onClick={() => setOpen(false)}
          className={buttonClasses({ variant: 'ghost' })}
        >
          Keep it
        </button>
      </div>
    </form>
  );
}

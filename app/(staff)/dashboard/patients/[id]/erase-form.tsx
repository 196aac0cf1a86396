'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import {
  ERASE_CONFIRMATION_WORD,
  erasePatientSchema,
  type ErasePatientInput,
} from '@/lib/validations/patients';
import { erasePatientAction } from './actions';
import { buttonClasses } from '@/components/ui/button';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextInput } from '@/components/forms/controls';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * Erase, in two steps: a button opens the explanation and the confirmation field, where the admin
 * types ERASE. The server checks the role and the word again.
 */
export function EraseForm({
  patientId,
  upcomingActive,
  erased,
}: {
  patientId: string;
  upcomingActive: number;
  /** Already erased: only the outcome message stays (it survives the refresh after erasing). */
  erased: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ErasePatientInput>({
    resolver: zodResolver(erasePatientSchema),
    defaultValues: { patientId, confirmation: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await erasePatientAction(values);
    if (!result.ok) return applyServerErrors(result, setError, ['confirmation']);
    const d = result.data;
    setDone(
      `The patient’s data is erased. ${plural(d.appointmentsCancelled, 'upcoming appointment')} cancelled, ${plural(d.notesDeleted, 'clinical note')} and ${plural(d.messagesDeleted, 'e-mail')} deleted.`,
    );
    setOpen(false);
  });

  if (!open || erased) {
    return (
      <div className="space-y-3">
        {erased ? null : (
          <button
            type="button"
            onClick={() => setOpen(true)}
            className={buttonClasses({ variant: 'danger', size: 'sm' })}
          >
            Erase patient data…
          </button>
        )}
        <FormStatus success={done} />
      </div>
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <div className="space-y-2 text-[0.95rem]">
        <p className="font-semibold">This cannot be undone. Erasing this patient:</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>replaces their name with “Erased patient” and removes their e-mail and phone;</li>
          <li>
            cancels <strong>{plural(upcomingActive, 'upcoming appointment')}</strong> without
            e-mailing them, so the times are free again;
          </li>
          <li>
            removes intake answers, their booking notes, clinical notes, their e-mails (queued ones
            are never sent), call-back requests and question contact details;
          </li>
          <li>stops every manage link they were sent from working;</li>
          <li>keeps past appointments and the audit log, under a pseudonym instead of their id.</li>
        </ul>
        <p>Download their data first if they asked for a copy.</p>
      </div>
      <input type="hidden" {...register('patientId')} />
      <TextInput
        id="erase-confirmation"
        label={`Type ${ERASE_CONFIRMATION_WORD} to confirm`}
        hint="In capitals."
        autoComplete="off"
        error={errors.confirmation?.message}
        registration={register('confirmation')}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={isSubmitting} pendingLabel="Erasing…" variant="danger" size="sm">
          Erase patient data
        </SubmitButton>
        <button
          type="button"
          disabled={isSubmitting}
          onClick={() => setOpen(false)}
          className={buttonClasses({ variant: 'secondary', size: 'sm' })}
        >
          Cancel
        </button>
      </div>
      <FormStatus error={errors.root?.server?.message} />
    </form>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { noteFormSchema } from '@/lib/validations/appointments';
import { addClinicalNoteAction } from '../actions';
import { FormStatus } from '@/components/forms/form-status';
import { TextArea } from '@/components/forms/controls';
import { SubmitButton } from '@/components/forms/submit-button';

type Values = { body: string };

/** Adds a clinical note (treating practitioner or admin); the list above refreshes from the server. */
export function NoteForm({ appointmentId }: { appointmentId: string }) {
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(noteFormSchema),
    defaultValues: { body: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setSaved(null);
    const result = await addClinicalNoteAction({ appointmentId, body: values.body });
    if (result.ok) {
      form.reset({ body: '' });
      setSaved('Note added.');
    } else applyServerErrors(result, form.setError, ['body']);
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="mt-4 space-y-3">
      <TextArea
        id="note-body"
        label="New clinical note"
        rows={4}
        error={errors.body?.message}
        registration={form.register('body')}
      />
      <FormStatus id="note-result" error={errors.root?.server?.message} success={saved} />
      <SubmitButton pending={isSubmitting} pendingLabel="Saving…" variant="primary" size="md">
        Add note
      </SubmitButton>
    </form>
  );
}

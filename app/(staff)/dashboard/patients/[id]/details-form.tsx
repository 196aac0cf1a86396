'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { patientDetailsFormSchema, type PatientDetailsFormInput } from '@/lib/validations/patients';
import { PatientFields } from '../patient-fields';
import { editPatientAction } from './actions';
import { buttonClasses } from '@/components/ui/button';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';

const FIELDS = ['name', 'email', 'phone', 'dateOfBirth'] as const;
const WORDS: Record<string, string> = {
  name: 'name',
  email: 'e-mail',
  phone: 'phone',
  dateOfBirth: 'date of birth',
};

/**
 * Correcting a patient's details (admin and front desk): closed until asked for, every field as
 * it should read now. An empty e-mail means the patient gets no e-mails at all. Opening moves focus
 * to the first field; closing (saved or cancelled) moves it back to "Edit details". The status
 * region stays on the page throughout, so "Saved" is announced when it arrives.
 */
export function DetailsForm({
  patientId,
  current,
}: {
  patientId: string;
  current: Required<PatientDetailsFormInput>;
}) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string>();
  const form = useForm<PatientDetailsFormInput>({
    resolver: zodResolver(patientDetailsFormSchema),
    defaultValues: current,
  });
  const { errors, isSubmitting } = form.formState;
  const formRef = useRef<HTMLFormElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  // Only after the user opened or closed it: never on the page's first render.
  const [toggled, setToggled] = useState(false);
  useEffect(() => {
    if (!toggled) return;
    if (open) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else openerRef.current?.focus();
  }, [open, toggled]);
  const toggle = (next: boolean) => {
    setToggled(true);
    setOpen(next);
  };

  const submit = form.handleSubmit(async (values) => {
    const result = await editPatientAction({ patientId, ...values });
    if (!result.ok) return applyServerErrors(result, form.setError, FIELDS);
    const changed = result.data.changed.map((f) => WORDS[f] ?? f);
    setDone(changed.length ? `Saved: ${changed.join(', ')} updated.` : 'Nothing had changed.');
    toggle(false);
  });

  return (
    <div className="space-y-3">
      {open ? (
        <form
          ref={formRef}
          onSubmit={(e) => void submit(e)}
          noValidate
          className="space-y-4"
          aria-label="Edit details"
        >
          <PatientFields idPrefix="edit" register={form.register} errors={errors} />
          <div className="flex flex-wrap gap-2">
            <SubmitButton pending={isSubmitting} pendingLabel="Saving…" size="sm">
              Save details
            </SubmitButton>
            <button
              type="button"
              onClick={() => toggle(false)}
              className={buttonClasses({ variant: 'secondary', size: 'sm' })}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button
          ref={openerRef}
          type="button"
          onClick={() => {
            setDone(undefined);
            toggle(true);
          }}
          aria-expanded="false"
          className={buttonClasses({ variant: 'secondary', size: 'sm' })}
        >
          Edit details
        </button>
      )}
      <FormStatus error={open ? errors.root?.server?.message : undefined} success={done} />
    </div>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { newPatientSchema, type NewPatientInput } from '@/lib/validations/patients';
import { PatientFields } from '../../patients/patient-fields';
import { createPatientAction } from './actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';

/**
 * A new patient record from the phone: name, phone, and an e-mail and date of birth when known.
 * Then straight on to choosing a time.
 */
export function PatientForm() {
  const router = useRouter();
  const form = useForm<NewPatientInput>({
    resolver: zodResolver(newPatientSchema),
    defaultValues: { name: '', email: '', phone: '', dateOfBirth: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const duplicate = errors.email?.type === 'server';

  const submit = form.handleSubmit(async (values) => {
    const result = await createPatientAction(values);
    if (result.ok) router.push(`/dashboard/appointments/new?patient=${result.data.patientId}`);
    else applyServerErrors(result, form.setError, ['name', 'email', 'phone', 'dateOfBirth']);
  });

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="space-y-4"
      aria-labelledby="new-patient-heading"
    >
      <PatientFields idPrefix="patient" register={form.register} errors={errors} />
      <FormStatus id="patient-form-result" error={errors.root?.server?.message} />
      {duplicate ? (
        <Link
          href={`/dashboard/appointments/new?q=${encodeURIComponent(form.getValues('email'))}`}
          className="inline-flex min-h-11 items-center font-semibold text-brand-800"
        >
          Find the patient on file
        </Link>
      ) : null}
      <SubmitButton pending={isSubmitting} pendingLabel="Saving…" variant="primary" size="lg">
        Add patient and continue
      </SubmitButton>
    </form>
  );
}

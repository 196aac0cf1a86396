'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { mergePatientsSchema, type MergePatientsInput } from '@/lib/validations/patients';
import { mergePatientsAction } from './actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextInput } from '@/components/forms/controls';

/**
 * Merges the other record into this one, after the person types MERGE: its appointments, notes,
 * e-mails and audit history move here and the other record is removed, in one transaction.
 */
export function MergeForm({
  keepId,
  mergeId,
  otherName,
}: {
  keepId: string;
  mergeId: string;
  otherName: string;
}) {
  const router = useRouter();
  const form = useForm<MergePatientsInput>({
    resolver: zodResolver(mergePatientsSchema),
    defaultValues: { keepId, mergeId, confirm: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    const result = await mergePatientsAction(values);
    if (!result.ok) return applyServerErrors(result, form.setError, ['confirm', 'mergeId']);
    router.push(`/dashboard/patients/${keepId}?merged=${result.data.appointmentsMoved}`);
  });

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="space-y-3 rounded-lg border border-clay-100 bg-clay-50/50 p-4"
      aria-label={`Merge ${otherName} into this record`}
    >
      <input type="hidden" {...form.register('keepId')} />
      <input type="hidden" {...form.register('mergeId')} />
      <TextInput
        id={`merge-confirm-${mergeId}`}
        label={`Type MERGE to move ${otherName}’s appointments here and remove that record`}
        autoComplete="off"
        error={errors.confirm?.message ?? errors.mergeId?.message}
        registration={form.register('confirm')}
      />
      <FormStatus error={errors.root?.server?.message} />
      <SubmitButton pending={isSubmitting} pendingLabel="Merging…" variant="danger" size="sm">
        Merge into this record
      </SubmitButton>
    </form>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FormStatus, Select, SubmitButton, TextInput } from '@/components/staff/fields';
import { applyServerErrors } from '@/components/staff/server-errors';
import { ROLE_LABELS } from '@/lib/auth/roles';
import {
  STAFF_ROLES,
  createStaffSchema,
  type CreateStaff,
  type CreateStaffInput,
} from '@/lib/validations/staff-accounts';
import { createStaffAction } from './actions';
import { IssuedPasswordNote, PasswordChoice } from './password-fields';

const FIELDS = ['name', 'email', 'role', 'practitionerId', 'passwordMode', 'password'];

export function CreateStaffForm({
  practitioners,
}: {
  practitioners: Array<{ id: string; name: string; taken: boolean }>;
}) {
  const router = useRouter();
  const [success, setSuccess] = useState<ReactNode>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<CreateStaffInput, unknown, CreateStaff>({
    resolver: zodResolver(createStaffSchema),
    defaultValues: {
      name: '',
      email: '',
      role: 'front_desk',
      practitionerId: '',
      passwordMode: 'generate',
      password: '',
    },
  });
  const role = useWatch({ control, name: 'role' });
  const mode = useWatch({ control, name: 'passwordMode' });

  const onSubmit = handleSubmit(async (values) => {
    setSuccess(undefined);
    const result = await createStaffAction(values);
    if (!result.ok) return applyServerErrors(result, setError, FIELDS);
    setSuccess(
      <>
        <p>Account created for {values.name}.</p>
        {result.data.generatedPassword ? (
          <IssuedPasswordNote password={result.data.generatedPassword} />
        ) : null}
      </>,
    );
    reset();
    router.refresh();
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <TextInput
          id="new-staff-name"
          label="Name"
          autoComplete="off"
          error={errors.name?.message}
          registration={register('name')}
        />
        <TextInput
          id="new-staff-email"
          label="Work e-mail"
          type="email"
          autoComplete="off"
          error={errors.email?.message}
          registration={register('email')}
        />
        <Select
          id="new-staff-role"
          label="Role"
          error={errors.role?.message}
          registration={register('role')}
          options={STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        />
        <Select
          id="new-staff-practitioner"
          label="Practitioner profile"
          hint={role === 'practitioner' ? 'Required for practitioners.' : 'Only for practitioners.'}
          optional={role !== 'practitioner'}
          error={errors.practitionerId?.message}
          registration={register('practitionerId')}
          options={[
            { value: '', label: 'None' },
            ...practitioners.map((p) => ({
              value: p.id,
              label: p.taken ? `${p.name} (has an account)` : p.name,
              disabled: p.taken,
            })),
          ]}
        />
      </div>
      <PasswordChoice idPrefix="new-staff" mode={mode} register={register} errors={errors} />
      <SubmitButton busy={isSubmitting} busyLabel="Creating…">
        Create account
      </SubmitButton>
      <FormStatus error={errors.root?.server?.message} success={success} />
    </form>
  );
}

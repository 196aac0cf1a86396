'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { ROLE_LABELS } from '@/lib/auth/roles';
import {
  STAFF_ROLES,
  inviteStaffSchema,
  type InviteStaff,
  type InviteStaffInput,
} from '@/lib/validations/staff-accounts';
import { inviteStaffAction } from './actions';
import { practitionerOptions } from './practitioner-options';
import { FormStatus } from '@/components/forms/form-status';
import { Select, TextInput } from '@/components/forms/controls';
import { SubmitButton } from '@/components/forms/submit-button';

const FIELDS = ['name', 'email', 'role', 'practitionerId'];

/** The new person gets an e-mail and chooses their own password: the admin never sees one. */
export function InviteStaffForm({
  practitioners,
}: {
  practitioners: Array<{ id: string; name: string; taken: boolean }>;
}) {
  const [success, setSuccess] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<InviteStaffInput, unknown, InviteStaff>({
    resolver: zodResolver(inviteStaffSchema),
    defaultValues: { name: '', email: '', role: 'front_desk', practitionerId: '' },
  });
  const role = useWatch({ control, name: 'role' });

  const onSubmit = handleSubmit(async (values) => {
    setSuccess(undefined);
    const result = await inviteStaffAction(values);
    if (!result.ok) return applyServerErrors(result, setError, FIELDS);
    setSuccess(
      `Invitation sent to ${values.email}. ${values.name} chooses a password through the link in it (valid for 72 hours).`,
    );
    reset();
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
          hint="The invitation goes here."
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
          options={practitionerOptions(practitioners)}
        />
      </div>
      <SubmitButton pending={isSubmitting} pendingLabel="Sending…" size="sm">
        Send invitation
      </SubmitButton>
      <FormStatus error={errors.root?.server?.message} success={success} />
    </form>
  );
}

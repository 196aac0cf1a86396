'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { ROLE_LABELS } from '@/lib/auth/roles';
import {
  STAFF_ROLES,
  changeRoleSchema,
  type ChangeRole,
  type ChangeRoleInput,
} from '@/lib/validations/staff-accounts';
import { changeStaffRoleAction } from '../actions';
import { practitionerOptions } from '../practitioner-options';
import { FormStatus } from '@/components/forms/form-status';
import { Select } from '@/components/forms/controls';
import { SubmitButton } from '@/components/forms/submit-button';

export function RoleForm({
  initial,
  practitioners,
}: {
  initial: ChangeRoleInput;
  practitioners: Array<{ id: string; name: string; taken: boolean }>;
}) {
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ChangeRoleInput, unknown, ChangeRole>({
    resolver: zodResolver(changeRoleSchema),
    defaultValues: initial,
  });
  const role = useWatch({ control, name: 'role' });
  const onSubmit = handleSubmit(async (values) => {
    setDone(false);
    const result = await changeStaffRoleAction(values);
    if (!result.ok) return applyServerErrors(result, setError, ['role', 'practitionerId']);
    setDone(true);
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <input type="hidden" {...register('staffUserId')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          id="role"
          label="Role"
          error={errors.role?.message}
          registration={register('role')}
          options={STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        />
        <Select
          id="role-practitioner"
          label="Practitioner profile"
          optional={role !== 'practitioner'}
          error={errors.practitionerId?.message}
          registration={register('practitionerId')}
          options={practitionerOptions(practitioners)}
        />
      </div>
      <p className="text-sm text-muted">
        Changing the role signs them out everywhere: they sign in again with the new role.
      </p>
      <SubmitButton pending={isSubmitting} pendingLabel="Saving…" size="sm">
        Change role
      </SubmitButton>
      <FormStatus
        error={errors.root?.server?.message}
        success={done ? 'Role saved. Their open sessions have ended.' : undefined}
      />
    </form>
  );
}

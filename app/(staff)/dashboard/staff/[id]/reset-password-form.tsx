'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FormStatus, SubmitButton } from '@/components/staff/fields';
import { applyServerErrors } from '@/components/staff/server-errors';
import {
  resetPasswordSchema,
  type ResetPassword,
  type ResetPasswordInput,
} from '@/lib/validations/staff-accounts';
import { resetStaffPasswordAction } from '../actions';
import { IssuedPasswordNote, PasswordChoice } from '../password-fields';

export function ResetPasswordForm({ staffUserId }: { staffUserId: string }) {
  const [success, setSuccess] = useState<ReactNode>();
  const {
    register,
    handleSubmit,
    setError,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput, unknown, ResetPassword>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { staffUserId, passwordMode: 'generate', password: '' },
  });
  const mode = useWatch({ control, name: 'passwordMode' });
  const onSubmit = handleSubmit(async (values) => {
    setSuccess(undefined);
    const result = await resetStaffPasswordAction(values);
    if (!result.ok) return applyServerErrors(result, setError, ['passwordMode', 'password']);
    reset({ staffUserId, passwordMode: values.passwordMode, password: '' });
    setSuccess(
      <>
        <p>Password reset. Their open sessions have ended.</p>
        {result.data.generatedPassword ? (
          <IssuedPasswordNote password={result.data.generatedPassword} />
        ) : null}
      </>,
    );
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <input type="hidden" {...register('staffUserId')} />
      <PasswordChoice idPrefix="reset" mode={mode} register={register} errors={errors} />
      <SubmitButton busy={isSubmitting} busyLabel="Resetting…">
        Reset password
      </SubmitButton>
      <FormStatus error={errors.root?.server?.message} success={success} />
    </form>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useHydrated } from '@/components/forms/public-form';
import { setPasswordSchema, type SetPasswordInput } from '@/lib/validations/staff-auth';
import { TextInput } from '@/components/forms/controls';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useAuthSubmit } from '../../auth-fields';
import { setPasswordAction } from './actions';

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const hydrated = useHydrated();
  const form = useForm<SetPasswordInput>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { token, password: '', confirm: '' },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  // Saved: the action redirects to the sign-in page.
  const onSubmit = useAuthSubmit(form, setPasswordAction, ['password', 'confirm']);

  return (
    <form onSubmit={(e) => void onSubmit(e)} method="post" noValidate className="space-y-5">
      <FormStatus error={errors.root?.server?.message} />
      {/* For password managers: which account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <fieldset disabled={!hydrated} className="contents">
        <legend className="sr-only">Your new password</legend>
        <TextInput
          id="new-password"
          label="New password"
          hint="At least 12 characters. A few unrelated words make a good one; common passwords are refused."
          type="password"
          autoComplete="new-password"
          error={errors.password?.message}
          registration={register('password')}
        />
        <TextInput
          id="confirm-password"
          label="The same password again"
          type="password"
          autoComplete="new-password"
          error={errors.confirm?.message}
          registration={register('confirm')}
        />
        <SubmitButton
          variant="cta"
          size="lg"
          className="w-full"
          pending={isSubmitting}
          pendingLabel="Saving…"
        >
          Save my password
        </SubmitButton>
      </fieldset>
    </form>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useHydrated } from '@/components/forms/public-form';
import { forgotPasswordSchema } from '@/lib/validations/staff-auth';
import { TextInput } from '@/components/forms/controls';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useAuthSubmit } from '../auth-fields';
import { requestPasswordResetAction } from './actions';

type Values = { email: string };

export function ForgotForm() {
  const hydrated = useHydrated();
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm<Values>({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: '' },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = useAuthSubmit(form, requestPasswordResetAction, ['email'], () =>
    setSentTo(form.getValues('email').trim()),
  );

  if (sentTo)
    return (
      <div role="status" className="rounded-lg border border-brand-200 bg-brand-50 p-3">
        <p className="font-semibold">Check your e-mail.</p>
        <p>
          If {sentTo} belongs to a staff account, a link to choose a new password is on its way. It
          works once, for 1 hour. No e-mail? Check the spam folder, or ask an admin.
        </p>
      </div>
    );
  return (
    <form onSubmit={(e) => void onSubmit(e)} method="post" noValidate className="space-y-5">
      <FormStatus error={errors.root?.server?.message} />
      <fieldset disabled={!hydrated} className="contents">
        <legend className="sr-only">Your account</legend>
        <TextInput
          id="email"
          label="Work e-mail"
          type="email"
          autoComplete="username"
          inputMode="email"
          error={errors.email?.message}
          registration={register('email')}
        />
        <SubmitButton
          variant="cta"
          size="lg"
          className="w-full"
          pending={isSubmitting}
          pendingLabel="Sending…"
        >
          E-mail me a reset link
        </SubmitButton>
      </fieldset>
    </form>
  );
}

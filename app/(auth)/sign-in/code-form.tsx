'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useHydrated } from '@/components/forms/public-form';
import { signInCodeSchema } from '@/lib/validations/staff-auth';
import { TextInput } from '@/components/forms/controls';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useAuthSubmit } from '../auth-fields';
import { verifyCodeAction } from './actions';

type Values = { code: string };

/** The second step: six digits from the app, or one of the recovery codes. */
export function CodeForm() {
  const hydrated = useHydrated();
  const form = useForm<Values>({
    resolver: zodResolver(signInCodeSchema),
    defaultValues: { code: '' },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = useAuthSubmit(form, verifyCodeAction, ['code']);

  return (
    <form onSubmit={(e) => void onSubmit(e)} method="post" noValidate className="space-y-5">
      <FormStatus error={errors.root?.server?.message} />
      <fieldset disabled={!hydrated} className="contents">
        <legend className="sr-only">Your sign-in code</legend>
        <TextInput
          id="code"
          label="Code"
          hint="The 6 digits your authenticator app shows, or a recovery code."
          inputMode="text"
          autoComplete="one-time-code"
          autoFocus
          error={errors.code?.message}
          registration={register('code')}
        />
        <SubmitButton
          variant="cta"
          size="lg"
          className="w-full"
          pending={isSubmitting}
          pendingLabel="Checking…"
        >
          Continue
        </SubmitButton>
      </fieldset>
    </form>
  );
}

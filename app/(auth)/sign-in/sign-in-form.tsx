'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useHydrated } from '@/components/forms/public-form';
import { signInSchema } from '@/lib/validations/staff-auth';
import { TextInput } from '@/components/forms/controls';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useAuthSubmit } from '../auth-fields';
import { signInAction } from './actions';

type Values = z.input<typeof signInSchema>;

export function SignInForm({ notice }: { notice?: string }) {
  const form = useForm<Values>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: '', password: '' },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const hydrated = useHydrated();
  // A right password ends in a redirect (the next step or the dashboard).
  const onSubmit = useAuthSubmit(form, signInAction, ['email', 'password']);

  return (
    // POST and disabled until hydrated: a plain browser submit must never put the password in a URL.
    <form onSubmit={(e) => void onSubmit(e)} method="post" noValidate className="space-y-5">
      {notice && !errors.root?.server ? (
        <p className="rounded-lg border border-brand-200 bg-brand-50 p-3">{notice}</p>
      ) : null}
      <FormStatus error={errors.root?.server?.message} />
      <fieldset disabled={!hydrated} className="contents">
        <legend className="sr-only">Your staff account</legend>
        <TextInput
          id="email"
          label="Work e-mail"
          type="email"
          autoComplete="username"
          inputMode="email"
          error={errors.email?.message}
          registration={register('email')}
        />
        <TextInput
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          registration={register('password')}
        />
        <SubmitButton
          variant="cta"
          size="lg"
          className="w-full"
          pending={isSubmitting}
          pendingLabel="Signing in…"
        >
          Sign in
        </SubmitButton>
      </fieldset>
      <p className="text-center">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </form>
  );
}

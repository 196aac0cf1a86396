'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { unstable_rethrow } from 'next/navigation';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { UNREACHABLE_MESSAGE, useHydrated } from '@/components/forms/public-form';
import { buttonClasses } from '@/components/ui/button-link';
import { signInSchema } from '@/lib/auth/credentials-schema';
import { signInAction } from './actions';

type Values = z.input<typeof signInSchema>;

const inputClasses =
  'mt-1 block w-full rounded-lg border border-sand-300 bg-white px-3 py-2.5 text-base text-ink focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700 aria-[invalid=true]:border-clay-700';

export function SignInForm() {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: '', password: '' },
  });

  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async (values) => {
    let result: Awaited<ReturnType<typeof signInAction>>;
    try {
      result = await signInAction(values);
    } catch (error) {
      // A successful sign-in ends in a redirect to the dashboard: let Next carry it out.
      unstable_rethrow(error);
      setError('root.server', { message: UNREACHABLE_MESSAGE });
      return;
    }
    if (result.ok) return;
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === 'email' || field === 'password') setError(field, { message: messages?.[0] });
    }
    if (result.formError) setError('root.server', { message: result.formError });
  });

  return (
    // POST and disabled until hydrated: a plain browser submit must never put the password in a URL.
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-5">
      <div aria-live="polite" role="status">
        {errors.root?.server && (
          <p className="rounded-lg border border-clay-700 bg-clay-50 p-3 text-clay-800">
            {errors.root.server.message}
          </p>
        )}
      </div>
      <fieldset disabled={!hydrated} className="contents">
        <div>
          <label htmlFor="email" className="font-semibold">
            Work e-mail
          </label>
          <input
            id="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            className={inputClasses}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? 'email-error' : undefined}
            {...register('email')}
          />
          {errors.email && (
            <p id="email-error" className="mt-1 text-sm text-clay-800">
              {errors.email.message}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="password" className="font-semibold">
            Password
          </label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            className={inputClasses}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? 'password-error' : undefined}
            {...register('password')}
          />
          {errors.password && (
            <p id="password-error" className="mt-1 text-sm text-clay-800">
              {errors.password.message}
            </p>
          )}
        </div>
        <button
          type="submit"
          disabled={isSubmitting}
          className={`${buttonClasses('primary', 'lg')} w-full disabled:opacity-70`}
        >
          {isSubmitting ? 'Signing in…' : 'Sign in'}
        </button>
      </fieldset>
    </form>
  );
}

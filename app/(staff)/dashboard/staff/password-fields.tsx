'use client';

import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { TextInput } from '@/components/staff/fields';

type WithPassword = { passwordMode: 'generate' | 'typed'; password: string };

/** "Generate one for me" or "I'll type one" (≥ 12 characters, not a common password). */
export function PasswordChoice<T extends WithPassword>({
  idPrefix,
  mode,
  register,
  errors,
}: {
  idPrefix: string;
  mode: 'generate' | 'typed' | undefined;
  register: UseFormRegister<T>;
  errors: FieldErrors<WithPassword>;
}) {
  const reg = register as unknown as UseFormRegister<WithPassword>;
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">Password</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        <label className="flex items-center gap-2">
          <input
            type="radio"
            value="generate"
            className="size-4 accent-brand-700"
            {...reg('passwordMode')}
          />{' '}
          Generate one (shown once)
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            value="typed"
            className="size-4 accent-brand-700"
            {...reg('passwordMode')}
          />{' '}
          Type one
        </label>
      </div>
      {mode === 'typed' ? (
        <TextInput
          id={`${idPrefix}-password`}
          label="New password"
          hint="At least 12 characters; common passwords are refused. Pass it on in person or by phone, not by e-mail."
          type="password"
          autoComplete="new-password"
          error={errors.password?.message}
          registration={reg('password')}
        />
      ) : null}
    </fieldset>
  );
}

export function IssuedPasswordNote({ password }: { password: string }) {
  return (
    <div>
      <p className="font-semibold">Generated password (shown only now):</p>
      <p className="mt-1 font-mono text-lg break-all select-all">{password}</p>
      <p className="mt-1 text-sm">
        Pass it on in person or by phone. It isn’t stored anywhere in readable form.
      </p>
    </div>
  );
}

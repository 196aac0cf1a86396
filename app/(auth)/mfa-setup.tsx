'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useHydrated } from '@/components/forms/public-form';
import type { ActionResult } from '@/lib/actions/result';
import { totpCodeSchema } from '@/lib/validations/staff-auth';
import { TextInput } from '@/components/forms/controls';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useAuthSubmit } from './auth-fields';

type Values = { code: string };

/**
 * Setting up an authenticator app: scan the QR code (or type the key), confirm with a first code,
 * then see the ten recovery codes once. Used at a first sign-in that requires it and on the
 * account page; `confirm` is that place's server action, `afterCodes` what follows the codes.
 */
export function MfaSetup({
  qrSvg,
  secretKey,
  confirm,
  afterCodes,
}: {
  qrSvg: string;
  secretKey: string;
  confirm: (input: Values) => Promise<ActionResult<{ recoveryCodes: string[] }>>;
  afterCodes: (codes: string[]) => ReactNode;
}) {
  const hydrated = useHydrated();
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(totpCodeSchema),
    defaultValues: { code: '' },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = useAuthSubmit(form, confirm, ['code'], (data) => setCodes(data.recoveryCodes));

  if (codes) return <>{afterCodes(codes)}</>;
  return (
    <div className="space-y-5">
      <ol className="list-decimal space-y-2 pl-5">
        <li>
          Open an authenticator app on your phone (for example Google Authenticator, Microsoft
          Authenticator, 1Password or Aegis).
        </li>
        <li>Scan this code with it, or type the key below.</li>
      </ol>
      <div
        role="img"
        aria-label="QR code to add this account to an authenticator app"
        className="mx-auto w-48 max-w-full [&>svg]:h-auto [&>svg]:w-full"
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <p>
        Key to type in instead:{' '}
        <code className="font-mono break-all select-all" data-testid="totp-key">
          {secretKey}
        </code>
      </p>
      <form onSubmit={(e) => void onSubmit(e)} method="post" noValidate className="space-y-5">
        <FormStatus error={errors.root?.server?.message} />
        <fieldset disabled={!hydrated} className="contents">
          <legend className="sr-only">Your authenticator app</legend>
          <TextInput
            id="setup-code"
            label="Code from the app"
            hint="Six digits; they change every 30 seconds."
            inputMode="numeric"
            autoComplete="one-time-code"
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
            Turn on two-step sign-in
          </SubmitButton>
        </fieldset>
      </form>
    </div>
  );
}

/** The ten recovery codes, shown once: each signs in once when the phone is not at hand. */
export function RecoveryCodes({ codes, children }: { codes: string[]; children?: ReactNode }) {
  return (
    <div className="space-y-4" role="region" aria-label="Recovery codes">
      <div role="status" className="rounded-lg border border-brand-200 bg-brand-50 p-3">
        <p className="font-semibold">Two-step sign-in is on.</p>
        <p>
          Save these recovery codes somewhere safe, away from your phone. Each works once, instead
          of a code from the app. They are shown only now.
        </p>
      </div>
      <ol className="grid grid-cols-2 gap-2 font-mono text-base" aria-label="Your recovery codes">
        {codes.map((code) => (
          <li key={code} className="rounded bg-sand-100 px-2 py-1 text-center select-all">
            {code}
          </li>
        ))}
      </ol>
      {children}
    </div>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { MfaSetup, RecoveryCodes } from '@/app/(auth)/mfa-setup';
import { confirmMfaAction, newRecoveryCodesAction, turnOffMfaAction } from './actions';
import { buttonClasses } from '@/components/ui/button';

/**
 * Two-step sign-in on the account page: set it up (offer = QR and key), or, when on, make new
 * recovery codes and (where the role allows) turn it off.
 */
export function MfaPanel({
  enabled,
  required,
  codesLeft,
  offer,
}: {
  enabled: boolean;
  required: boolean;
  codesLeft: number;
  offer: { qrSvg: string; key: string } | null;
}) {
  const router = useRouter();
  const [busy, startTransition] = useTransition();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string>();

  if (codes)
    return (
      <RecoveryCodes codes={codes}>
        <button
          type="button"
          className={buttonClasses({ variant: 'primary', size: 'sm' })}
          onClick={() => {
            setCodes(null);
            router.refresh();
          }}
        >
          Done
        </button>
      </RecoveryCodes>
    );
  if (!enabled && offer)
    return (
      <MfaSetup
        qrSvg={offer.qrSvg}
        secretKey={offer.key}
        confirm={confirmMfaAction}
        afterCodes={(list) => (
          <RecoveryCodes codes={list}>
            <button
              type="button"
              className={buttonClasses({ variant: 'primary', size: 'sm' })}
              onClick={() => router.refresh()}
            >
              Done
            </button>
          </RecoveryCodes>
        )}
      />
    );

  const run = (job: 'codes' | 'off') =>
    startTransition(async () => {
      setMessage(undefined);
      if (job === 'codes') {
        const result = await newRecoveryCodesAction({});
        if (result.ok) return setCodes(result.data.recoveryCodes);
        return setMessage(result.formError);
      }
      const result = await turnOffMfaAction({});
      if (!result.ok) setMessage(result.formError);
    });

  return (
    <div className="space-y-3">
      <p>
        Two-step sign-in is <strong>on</strong>. {codesLeft} unused recovery code
        {codesLeft === 1 ? '' : 's'} left.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => run('codes')}
          className={buttonClasses({ variant: 'secondary', size: 'sm' })}
        >
          Make new recovery codes
        </button>
        {!required ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => run('off')}
            className={buttonClasses({ variant: 'danger', size: 'sm' })}
          >
            Turn off two-step sign-in
          </button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="font-medium text-clay-800">
        {message}
      </p>
    </div>
  );
}

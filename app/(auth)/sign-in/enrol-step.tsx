'use client';

import { unstable_rethrow } from 'next/navigation';
import { useState, useTransition } from 'react';
import { UNREACHABLE_MESSAGE } from '@/components/forms/public-form';
import { buttonClasses } from '@/components/ui/button';
import { FormStatus } from '@/components/forms/form-status';
import { MfaSetup, RecoveryCodes } from '../mfa-setup';
import { confirmEnrolmentAction, finishSignInAction } from './actions';

/** First sign-in where two-step sign-in is required: set up the app, save the codes, go on. */
export function EnrolStep({ qrSvg, secretKey }: { qrSvg: string; secretKey: string }) {
  return (
    <MfaSetup
      qrSvg={qrSvg}
      secretKey={secretKey}
      confirm={confirmEnrolmentAction}
      afterCodes={(codes) => (
        <RecoveryCodes codes={codes}>
          <ContinueButton />
        </RecoveryCodes>
      )}
    />
  );
}

export function ContinueButton() {
  const [busy, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  const go = () =>
    startTransition(async () => {
      try {
        const result = await finishSignInAction();
        if (!result.ok) setMessage(result.formError);
      } catch (error) {
        unstable_rethrow(error);
        setMessage(UNREACHABLE_MESSAGE);
      }
    });
  return (
    <>
      <FormStatus error={message} />
      <button
        type="button"
        onClick={go}
        disabled={busy}
        className={buttonClasses({ variant: 'cta', size: 'lg' }, 'w-full')}
      >
        {busy ? 'Signing in…' : 'I have saved them: continue'}
      </button>
    </>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { buttonClass } from '@/components/staff/fields';
import { setStaffDisabledAction, signOutEverywhereAction } from '../actions';

type Pending = 'disable' | 'enable' | 'signout' | null;

/** Disable / enable and "sign out everywhere", each with an inline confirmation step. */
export function AccountButtons({
  staffUserId,
  name,
  disabled,
  isSelf,
}: {
  staffUserId: string;
  name: string;
  disabled: boolean;
  isSelf: boolean;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<Pending>(null);
  const [busy, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const run = (what: Exclude<Pending, null>) =>
    startTransition(async () => {
      setMessage(null);
      const result =
        what === 'signout'
          ? await signOutEverywhereAction({ staffUserId })
          : await setStaffDisabledAction({ staffUserId, disabled: what === 'disable' });
      setConfirming(null);
      if (!result.ok)
        return setMessage({
          text: result.formError ?? 'That didn’t work. Please try again.',
          error: true,
        });
      setMessage({
        text:
          what === 'disable'
            ? `${name} is disabled and signed out everywhere.`
            : what === 'enable'
              ? `${name} can sign in again.`
              : `${name} is signed out everywhere.`,
        error: false,
      });
      router.refresh();
    });

  const labels = {
    disable: 'Disable account',
    enable: 'Enable account',
    signout: 'Sign out everywhere',
  } as const;
  const primary: Exclude<Pending, null> = disabled ? 'enable' : 'disable';

  return (
    <div className="space-y-3">
      {confirming ? (
        <div
          role="group"
          aria-label={`Confirm: ${labels[confirming]}`}
          className="flex flex-wrap items-center gap-2"
        >
          <span className="font-semibold">
            {labels[confirming]} for {name}?
          </span>
          <button
            type="button"
            disabled={busy}
            onClick={() => run(confirming)}
            className={buttonClass(confirming === 'enable' ? 'primary' : 'danger')}
          >
            {busy ? 'Working…' : `Yes, ${labels[confirming].toLowerCase()}`}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => setConfirming(null)}
            className={buttonClass('secondary')}
          >
            Cancel
          </button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {!(isSelf && primary === 'disable') ? (
            <button
              type="button"
              onClick={() => setConfirming(primary)}
              className={buttonClass(primary === 'disable' ? 'danger' : 'primary')}
            >
              {labels[primary]}
            </button>
          ) : null}
          {!disabled ? (
            <button
              type="button"
              onClick={() => setConfirming('signout')}
              className={buttonClass('secondary')}
            >
              {labels.signout}
            </button>
          ) : null}
        </div>
      )}
      <p
        role="status"
        aria-live="polite"
        className={message?.error ? 'font-medium text-clay-800' : ''}
      >
        {message?.text}
      </p>
    </div>
  );
}

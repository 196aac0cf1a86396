'use client';

import { liftSignInPauseAction, resetStaffMfaAction, sendAccountLinkAction } from '../actions';
import { ConfirmActions, type ConfirmJob } from './confirm-actions';

/**
 * An admin's help with someone's sign-in: e-mail a link (an invitation, or a reset once they have
 * a password), reset their two-step sign-in, lift a sign-in pause. None reveals a password.
 */
export function SignInButtons({
  staffUserId,
  name,
  invited,
  mfa,
  paused,
  isSelf,
}: {
  staffUserId: string;
  name: string;
  invited: boolean;
  mfa: boolean;
  paused: boolean;
  isSelf: boolean;
}) {
  const jobs: ConfirmJob[] = [
    {
      label: invited ? 'Send the invitation again' : 'E-mail a password-reset link',
      tone: 'secondary',
      run: () => sendAccountLinkAction({ staffUserId }),
      done: invited
        ? `A new invitation is on its way to ${name}; earlier links no longer work.`
        : `A reset link (valid for 1 hour) is on its way to ${name}.`,
    },
  ];
  if (mfa && !isSelf)
    jobs.push({
      label: 'Reset two-step sign-in',
      tone: 'danger',
      run: () => resetStaffMfaAction({ staffUserId }),
      done: `${name}’s authenticator app and recovery codes are removed, and they are signed out.`,
    });
  if (paused)
    jobs.push({
      label: 'Lift the sign-in pause',
      tone: 'secondary',
      run: () => liftSignInPauseAction({ staffUserId }),
      done: `${name} can try to sign in again straight away.`,
    });
  return <ConfirmActions name={name} jobs={jobs} />;
}

'use client';

import { setStaffDisabledAction, signOutEverywhereAction } from '../actions';
import { ConfirmActions, type ConfirmJob } from './confirm-actions';

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
  const jobs: ConfirmJob[] = [];
  if (disabled)
    jobs.push({
      label: 'Enable account',
      tone: 'primary',
      run: () => setStaffDisabledAction({ staffUserId, disabled: false }),
      done: `${name} can sign in again.`,
    });
  else if (!isSelf)
    jobs.push({
      label: 'Disable account',
      tone: 'danger',
      run: () => setStaffDisabledAction({ staffUserId, disabled: true }),
      done: `${name} is disabled and signed out everywhere.`,
    });
  if (!disabled)
    jobs.push({
      label: 'Sign out everywhere',
      tone: 'secondary',
      run: () => signOutEverywhereAction({ staffUserId }),
      done: `${name} is signed out everywhere.`,
    });
  return <ConfirmActions name={name} jobs={jobs} />;
}

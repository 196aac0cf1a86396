'use client';

import { useState, useTransition } from 'react';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { setMfaRolesAction } from './actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';

type OptionalRole = 'front_desk' | 'practitioner';
const OPTIONAL: OptionalRole[] = ['front_desk', 'practitioner'];

/** Which roles besides admins must use an authenticator app at every sign-in. */
export function MfaRolesForm({ initial }: { initial: OptionalRole[] }) {
  const [roles, setRoles] = useState<OptionalRole[]>(initial);
  const [busy, startTransition] = useTransition();
  const [status, setStatus] = useState<{ error?: string; success?: string }>({});

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setStatus({});
      const result = await setMfaRolesAction({ roles });
      if (!result.ok)
        return setStatus({ error: result.formError ?? 'That didn’t save. Please try again.' });
      setStatus({ success: 'Saved. It applies from each person’s next sign-in.' });
    });
  };

  return (
    <form onSubmit={submit} className="space-y-3">
      <fieldset>
        <legend className="font-semibold">Who must use an authenticator app to sign in</legend>
        <p className="text-sm text-muted">
          Admins always must. Anyone who must and has no app yet sets one up at their next sign-in.
        </p>
        <label className="mt-2 flex items-center gap-2">
          <input type="checkbox" checked disabled className="size-5 accent-brand-700" />
          {ROLE_LABELS.admin} (always)
        </label>
        {OPTIONAL.map((role) => (
          <label key={role} className="mt-2 flex items-center gap-2">
            <input
              type="checkbox"
              className="size-5 accent-brand-700"
              checked={roles.includes(role)}
              onChange={(e) =>
                setRoles((now) =>
                  e.target.checked ? [...now, role] : now.filter((r) => r !== role),
                )
              }
            />
            {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <SubmitButton pending={busy} pendingLabel="Saving…" size="sm">
        Save
      </SubmitButton>
      <FormStatus error={status.error} success={status.success} />
    </form>
  );
}

'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClasses, type ButtonVariants } from '@/components/ui/button';

/**
 * A form's submit button: shows progress and can't submit twice while the form is sending. A
 * disabled default button also stops Enter in a field from submitting again (HTML's implicit
 * submission skips it). `pending` comes from react-hook-form's isSubmitting or a transition; a
 * plain <form action={…}> can leave it out and the form's own status is used.
 */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  className,
  ...variants
}: ButtonVariants & {
  pending?: boolean;
  pendingLabel: string;
  children: ReactNode;
  className?: string;
}) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  return (
    <button
      type="submit"
      disabled={busy}
      aria-disabled={busy}
      className={buttonClasses(variants, className)}
    >
      {busy ? pendingLabel : children}
    </button>
  );
}

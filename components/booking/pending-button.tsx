'use client';

import { useFormStatus } from 'react-dom';
import type { ReactNode } from 'react';

const variants = {
  primary: 'bg-clay-700 text-white hover:bg-clay-800',
  danger: 'bg-clay-800 text-white hover:bg-clay-700',
  secondary: 'border-2 border-brand-800 text-brand-800 hover:bg-brand-50',
} as const;

/** A form's submit button that shows progress and can't be pressed twice while the form is sending. */
export function PendingButton({
  children,
  pendingLabel,
  variant = 'primary',
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: keyof typeof variants;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-12 w-full cursor-pointer items-center justify-center rounded-full px-6 py-3 font-semibold disabled:cursor-wait disabled:opacity-80 sm:w-auto ${variants[variant]}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/result';

/** A small action button with its own result line (pause, resume, remove, offer). */
export function ActionButton({
  action,
  label,
  pendingLabel,
  tone = 'brand',
}: {
  action: () => Promise<ActionResult>;
  label: string;
  pendingLabel: string;
  tone?: 'brand' | 'clay';
}) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await action();
            setMessage(result.ok ? null : (result.formError ?? 'That did not work. Try again.'));
          })
        }
        className={`min-h-10 cursor-pointer rounded-lg border px-3 py-1.5 text-sm font-semibold disabled:cursor-wait disabled:opacity-70 ${tone === 'clay' ? 'border-clay-700 text-clay-800 hover:bg-clay-50' : 'border-brand-700 text-brand-800 hover:bg-brand-50'}`}
      >
        {pending ? pendingLabel : label}
      </button>
      <span role="status" aria-live="polite" className="text-sm font-medium text-clay-800">
        {message}
      </span>
    </span>
  );
}

'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { buttonClasses } from '@/components/ui/button';

export interface ConfirmJob {
  label: string;
  tone: 'primary' | 'secondary' | 'danger';
  run: () => Promise<ActionResult<unknown>>;
  /** What the status line says once it worked. */
  done: string;
}

/**
 * A row of buttons for what an admin does to someone's account, each behind an inline
 * confirmation ("Disable account for Sam?"), with the outcome announced in a status line.
 */
export function ConfirmActions({ name, jobs }: { name: string; jobs: ConfirmJob[] }) {
  const [confirming, setConfirming] = useState<ConfirmJob | null>(null);
  const [busy, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const run = (job: ConfirmJob) =>
    startTransition(async () => {
      setMessage(null);
      const result = await job.run();
      setConfirming(null);
      if (!result.ok)
        return setMessage({
          text: result.formError ?? 'That didn’t work. Please try again.',
          error: true,
        });
      setMessage({ text: job.done, error: false });
    });

  return (
    <div className="space-y-3">
      {confirming ? (
        <div
          role="group"
          aria-label={`Confirm: ${confirming.label}`}
          className="flex flex-wrap items-center gap-2"
        >
          <span className="font-semibold">
            {confirming.label} for {name}?
          </span>
          <button
            type="button"
            disabled={busy}
            onClick={() => run(confirming)}
            className={buttonClasses({
              variant: confirming.tone === 'danger' ? 'danger' : 'primary',
              size: 'sm',
            })}
          >
            {busy ? 'Working…' : `Yes, ${confirming.label.toLowerCase()}`}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => setConfirming(null)}
            className={buttonClasses({ variant: 'secondary', size: 'sm' })}
          >
            Cancel
          </button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {jobs.map((job) => (
            <button
              key={job.label}
              type="button"
              onClick={() => setConfirming(job)}
              className={buttonClasses({ variant: job.tone, size: 'sm' })}
            >
              {job.label}
            </button>
          ))}
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

'use client';

import { useState, useTransition } from 'react';
import { endOtherSessionsAction, endSessionAction } from './actions';
import { buttonClasses } from '@/components/ui/button';

export interface SessionRow {
  id: string;
  device: string;
  started: string;
  lastSeen: string;
  current: boolean;
}

/** The person's own live sessions, each with a button that ends it at once. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const [busy, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const run = (job: () => Promise<{ ok: boolean; formError?: string }>, done: string) =>
    startTransition(async () => {
      setMessage(null);
      const result = await job();
      if (!result.ok)
        return setMessage({
          text: result.formError ?? 'That didn’t work. Please try again.',
          error: true,
        });
      setMessage({ text: done, error: false });
    });

  return (
    <div className="space-y-3">
      <ul className="divide-y divide-sand-200" aria-label="Your sessions">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div>
              <p className="font-semibold">
                {s.device}
                {s.current ? (
                  <span className="ml-2 text-sm font-normal text-brand-800">(this device)</span>
                ) : null}
              </p>
              <p className="text-sm text-muted">
                Signed in {s.started} · last active {s.lastSeen}
              </p>
            </div>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                run(
                  () => endSessionAction({ sessionId: s.id }),
                  `Ended the session on ${s.device}.`,
                )
              }
              className={buttonClasses({ variant: s.current ? 'secondary' : 'danger', size: 'sm' })}
              aria-label={
                s.current ? undefined : `End session: ${s.device}, last active ${s.lastSeen}`
              }
            >
              {s.current ? 'Sign out here' : 'End session'}
            </button>
          </li>
        ))}
      </ul>
      {sessions.length > 1 ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => run(() => endOtherSessionsAction({}), 'Every other session has ended.')}
          className={buttonClasses({ variant: 'secondary', size: 'sm' })}
        >
          Sign out everywhere else
        </button>
      ) : null}
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

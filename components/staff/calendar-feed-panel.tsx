'use client';

import { useState, useTransition } from 'react';
import { regenerateCalendarTokenAction } from '@/app/(staff)/dashboard/calendar-feed/actions';
import { buttonClasses } from '@/components/ui/button';

/**
 * Create, replace or turn off a practitioner's private calendar link. The link is shown once,
 * right after it is made: only its hash is stored.
 */
export function CalendarFeedPanel({
  practitionerId,
  hasFeed,
}: {
  practitionerId: string;
  hasFeed: boolean;
}) {
  const [active, setActive] = useState(hasFeed);
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();

  const run = (revoke: boolean) =>
    startTransition(async () => {
      setMessage(null);
      const result = await regenerateCalendarTokenAction({ practitionerId, revoke });
      if (!result.ok) return setMessage(result.formError ?? 'That didn’t work. Please try again.');
      setActive(!revoke);
      setUrl(result.data.path ? `${window.location.origin}${result.data.path}` : null);
      setMessage(
        revoke
          ? 'The calendar link is turned off. Calendars subscribed to it stop updating.'
          : null,
      );
    });

  return (
    <div className="space-y-3">
      <p>
        Status: <strong>{active ? 'a private link is active' : 'no link'}</strong>. The feed shows
        appointment times, the therapy and the patient’s first name and initial — never contact
        details or intake. Anyone with the link can read it: keep it to yourself.
      </p>
      {url ? (
        <div className="rounded-lg border border-brand-200 bg-brand-50 p-3">
          <label htmlFor={`feed-url-${practitionerId}`} className="block font-semibold">
            Your new calendar link (shown only now)
          </label>
          <input
            id={`feed-url-${practitionerId}`}
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 block w-full rounded-lg border border-sand-300 bg-white px-3 py-2 font-mono text-sm"
          />
          <p className="mt-1 text-sm">
            In your calendar app choose “Subscribe to calendar” (or “From URL”) and paste it.
          </p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => run(false)}
          className={buttonClasses({ variant: 'primary', size: 'sm' })}
        >
          {busy
            ? 'Working…'
            : active
              ? 'Make a new link (the old one stops working)'
              : 'Create a calendar link'}
        </button>
        {active ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => run(true)}
            className={buttonClasses({ variant: 'secondary', size: 'sm' })}
          >
            Turn off
          </button>
        ) : null}
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

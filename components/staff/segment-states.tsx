'use client';

import { buttonClasses } from '@/components/ui/button';

/** Shared bodies for the dashboard segments' loading.tsx and error.tsx files. */

export function SegmentLoading() {
  return (
    <p role="status" className="py-10 text-center text-muted">
      Loading…
    </p>
  );
}

/** `retry` (not `reset`): it refetches the segment from the server, so a passing outage clears. */
export function SegmentError({
  retry,
  title = 'Something went wrong',
}: {
  retry: () => void;
  title?: string;
}) {
  return (
    <div role="alert" className="rounded-xl border border-clay-700 bg-clay-50 p-5">
      <h1 className="text-2xl">{title}</h1>
      <p className="mt-2">
        This page couldn’t be loaded. Nothing was changed. Try again, or reload the page.
      </p>
      <button
        type="button"
        onClick={retry}
        className={buttonClasses({ variant: 'primary', size: 'sm' }, 'mt-4')}
      >
        Try again
      </button>
    </div>
  );
}

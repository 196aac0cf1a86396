'use client';

/** Shared bodies for the dashboard segments' loading.tsx and error.tsx files. */

export function SegmentLoading() {
  return (
    <p role="status" className="py-10 text-center text-muted">
      Loading…
    </p>
  );
}

/** `retry` (not `reset`): it refetches the segment from the server, so a passing outage clears. */
export function SegmentError({ retry }: { retry: () => void }) {
  return (
    <div role="alert" className="rounded-xl border border-clay-700 bg-clay-50 p-5">
      <h1 className="text-2xl">Something went wrong</h1>
      <p className="mt-2">
        This page couldn’t be loaded. Nothing was changed. Try again, or reload the page.
      </p>
      <button
        type="button"
        onClick={retry}
        className="mt-4 cursor-pointer rounded-full bg-brand-800 px-4 py-2 font-semibold text-white"
      >
        Try again
      </button>
    </div>
  );
}

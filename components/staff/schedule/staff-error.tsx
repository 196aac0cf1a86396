'use client';

import Link from 'next/link';

/** A failed staff page: what happened in plain words, a retry, and a way back. Never the error. */
export function StaffError({ title, retry }: { title: string; retry: () => void }) {
  return (
    <div className="max-w-2xl rounded-xl border border-clay-100 bg-clay-50 p-6">
      <h1 className="text-2xl">{title}</h1>
      <p className="mt-2" role="status">
        Something went wrong on our side. Nothing you changed was lost; please try again.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex min-h-11 cursor-pointer items-center rounded-full bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900"
        >
          Try again
        </button>
        <Link
          href="/dashboard/schedule"
          className="inline-flex min-h-11 items-center font-semibold text-brand-800"
        >
          Back to the schedule
        </Link>
      </div>
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = {
  title: 'Not available for your role',
  robots: { index: false },
};

/** Rendered by forbidden() when a signed-in staff member opens a page their role may not use. */
export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <p className="font-semibold text-clay-800">403 · Not available for your role</p>
      <h1 className="mt-2 text-3xl">This page isn’t part of your role</h1>
      <p className="mt-4 text-muted">
        Your account can’t open this page. If you need it for your work, ask a clinic admin to
        change your role. Nothing on the page was shown or changed.
      </p>
      <p className="mt-6">
        <Link
          href="/dashboard"
          className="font-semibold text-brand-800 underline underline-offset-4"
        >
          Back to the dashboard
        </Link>
      </p>
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/layout/skip-link';
import { getClinic } from '@/db/queries/clinic';
import { formatPhone, telHref } from '@/lib/format';

// The URL holds the patient's secret plan token: same-origin referrer (the page's own form posts
// keep their Origin), never indexed, never cached (headers in next.config.ts, as for manage links).
export const metadata: Metadata = {
  title: 'My plan',
  referrer: 'same-origin',
  robots: { index: false, follow: false, nocache: true },
};

/** A lean frame: the plan is printed and read on phones, so no site navigation around it. */
export default async function PlanLayout({ children }: { children: ReactNode }) {
  await connection();
  const clinic = await getClinic();
  return (
    <div className="min-h-dvh bg-cream">
      <SkipLink />
      <header className="border-b border-sand-200 bg-white print:border-0">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/" className="font-serif text-lg font-semibold text-brand-900 no-underline">
            {clinic.name}
          </Link>
          <a
            href={telHref(clinic.phone)}
            className="whitespace-nowrap font-semibold text-brand-800"
          >
            {formatPhone(clinic.phone)}
          </a>
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-6 print:py-2">
        {children}
      </main>
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { staffNavItems } from '@/components/staff/nav-items';
import { countNewCallbacks } from '@/db/queries/messages';
import { requireStaff } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { IDLE_TIMEOUT_MINUTES } from '@/lib/auth/sessions';
import { signOutAction } from './actions';
import { IdleWarning } from './idle-warning';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = {
  title: { template: '%s · Staff', default: 'Dashboard · Staff' },
  robots: { index: false },
};

export default async function StaffLayout({ children }: { children: ReactNode }) {
  // Layouts don't protect the pages and actions beneath them on their own: each checks again.
  const staff = await requireStaff();
  // Call-back requests nobody has acted on yet, for those who answer them.
  const unread =
    staff.role === 'admin' || staff.role === 'front_desk' ? await countNewCallbacks() : 0;
  return (
    <div className="min-h-screen bg-sand-50">
      <header className="border-b border-sand-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link
            href="/dashboard"
            className="font-serif text-lg font-semibold text-brand-900 no-underline"
          >
            Larkfield Stride · Staff
          </Link>
          <nav aria-label="Staff" className="flex flex-wrap items-center gap-4 text-[0.95rem]">
            {staffNavItems
              .filter((item) => item.roles.includes(staff.role))
              .map((item) => (
                <Link key={item.href} href={item.href}>
                  {item.label}
                  {item.href === '/dashboard/messages' && unread > 0 ? (
                    <span className="ml-1 inline-flex min-w-6 items-center justify-center rounded-full bg-clay-700 px-1.5 text-xs font-semibold text-white no-underline">
                      {unread}
                      <span className="sr-only"> new</span>
                    </span>
                  ) : null}
                </Link>
              ))}
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {staff.name} <span className="text-muted">({ROLE_LABELS[staff.role]})</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
      <IdleWarning timeoutMinutes={IDLE_TIMEOUT_MINUTES} />
    </div>
  );
}

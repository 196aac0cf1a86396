import type { ReactNode } from 'react';
import { Wordmark } from '@/components/layout/wordmark';

/** The frame of every signed-out staff page: sign-in, its second step, forgot and set password. */
export function AuthCard({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-sand-50 px-4 py-12">
      <div className="w-full max-w-md rounded-2xl border border-sand-200 bg-white p-6 shadow-sm sm:p-8">
        <Wordmark />
        <h1 className="mt-6 text-2xl">{title}</h1>
        {lead ? <div className="mt-2 text-muted">{lead}</div> : null}
        <div className="mt-6">{children}</div>
      </div>
    </main>
  );
}

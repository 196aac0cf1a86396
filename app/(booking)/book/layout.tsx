import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/layout/site-shell';

export default async function BookLayout({ children }: { children: ReactNode }) {
  // Patients' details and live times: rendered per request, with a nonce CSP (proxy.ts).
  await connection();
  return <SiteShell>{children}</SiteShell>;
}

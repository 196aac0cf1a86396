import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/layout/site-shell';

// Waitlist links hold a patient's secret token, as manage links do: no Referer to other sites
// (same-origin keeps the page's own form posts working), never indexed; the response headers
// (Referrer-Policy, Cache-Control: no-store) are in next.config.ts headers().
export const metadata: Metadata = {
  title: 'Waitlist',
  referrer: 'same-origin',
  robots: { index: false, follow: false, nocache: true },
};

export default function WaitlistLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}

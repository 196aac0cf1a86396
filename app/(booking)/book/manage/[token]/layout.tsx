import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// The URL holds the patient's secret manage token: never send it on as a Referer, never index it.
// The meta tag works on its own; the response headers (Referrer-Policy: no-referrer,
// Cache-Control: no-store) for /book/manage/:path* belong in next.config.ts headers().
export const metadata: Metadata = {
  title: 'Your appointment',
  referrer: 'no-referrer',
  robots: { index: false, follow: false, nocache: true },
};

export default function ManageLayout({ children }: { children: ReactNode }) {
  return children;
}

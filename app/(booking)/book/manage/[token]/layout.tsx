import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// The URL holds the patient's secret manage token: never send it to another site as a Referer,
// never index it. `same-origin`, not `no-referrer`: with no-referrer the browser sends
// `Origin: null` on the page's own form posts, which the cross-site guard and Next's server
// actions refuse, so a patient without JavaScript (or on a slow phone) could not cancel. The
// response headers (Referrer-Policy, Cache-Control: no-store) are in next.config.ts headers().
export const metadata: Metadata = {
  title: 'Your appointment',
  referrer: 'same-origin',
  robots: { index: false, follow: false, nocache: true },
};

export default function ManageLayout({ children }: { children: ReactNode }) {
  return children;
}

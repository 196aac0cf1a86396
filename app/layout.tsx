import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { fontVariables } from '@/components/layout/fonts';
import './globals.css';

const siteName = 'Larkfield Stride Chiropractic';

export const metadata: Metadata = {
  metadataBase: new URL(process.env.SITE_URL ?? 'http://localhost:3000'),
  title: {
    template: `%s · ${siteName}`,
    default: `${siteName} · Chiropractic care for runners in Portland, OR`,
  },
  description:
    'Chiropractic care in Portland, Oregon for runners and active people with back, hip and leg pain: consultations, adjustments, myofascial release, spinal decompression and movement retraining.',
  applicationName: siteName,
  openGraph: { type: 'website', siteName, locale: 'en_US' },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  themeColor: '#173f4c',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // proxy.ts gives every page a per-request CSP nonce, which only reaches Next's scripts when the
  // page renders per request: a statically prerendered page would have its scripts blocked.
  await connection();
  return (
    <html lang="en" className={fontVariables}>
      <body>{children}</body>
    </html>
  );
}

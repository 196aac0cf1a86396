import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { fontVariables } from '@/components/layout/fonts';
import './globals.css';
import { siteUrl } from '@/lib/env';

const siteName = 'Larkfield Stride Chiropractic';

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: {
    template: `%s · ${siteName}`,
    // At most 70 characters, so the whole title shows in search results.
    default: `${siteName} · Care for runners in Portland, OR`,
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

export default function RootLayout({ children }: { children: ReactNode }) {
  // Public pages are cached (their CSP lists their scripts' hashes); the booking flow, sign-in and
  // the dashboard render per request (their layouts call connection()) with a nonce CSP: proxy.ts.
  return (
    <html lang="en" className={fontVariables}>
      <body>{children}</body>
    </html>
  );
}

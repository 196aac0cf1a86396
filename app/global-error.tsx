'use client';

import { fontVariables } from '@/components/layout/fonts';
import { ErrorMessage } from '@/components/layout/error-message';
import './globals.css';

// Replaces the root layout when it fails, so it brings its own <html>, styles and fonts.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en" className={fontVariables}>
      <body>
        <title>Something went wrong · Larkfield Stride Chiropractic</title>
        <ErrorMessage onRetry={retry} />
      </body>
    </html>
  );
}

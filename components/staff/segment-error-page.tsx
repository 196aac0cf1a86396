'use client';

import { SegmentError } from './segment-states';

/**
 * The dashboard segments' error page. Next needs an error.tsx in each segment; each one re-exports
 * this. Server errors reach the browser only as a digest: they are logged on the server, never shown.
 */
export default function SegmentErrorPage({
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return <SegmentError retry={retry} />;
}

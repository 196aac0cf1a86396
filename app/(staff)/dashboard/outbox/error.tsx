'use client';

import { SegmentError } from '@/components/staff/segment-states';

export default function SegmentErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <SegmentError reset={reset} />;
}

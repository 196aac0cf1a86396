'use client';

import { SegmentError } from '@/components/staff/segment-states';

export default function SegmentErrorPage({
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return <SegmentError retry={retry} />;
}

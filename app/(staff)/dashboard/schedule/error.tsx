'use client';

import { SegmentError } from '@/components/staff/segment-states';

// Server errors reach the browser only as a digest; they are logged on the server, never shown.
export default function ScheduleError({ retry }: { error: unknown; retry: () => void }) {
  return <SegmentError title="The schedule didn’t load" retry={retry} />;
}

'use client';

import { SegmentError } from '@/components/staff/segment-states';

// Logged on the server; the browser only ever gets a digest, which is not shown either.
export default function AppointmentsError({ retry }: { error: unknown; retry: () => void }) {
  return <SegmentError title="This page didn’t load" retry={retry} />;
}

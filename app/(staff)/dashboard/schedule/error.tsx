'use client';

import { StaffError } from '@/components/staff/schedule/staff-error';

// Server errors reach the browser only as a digest; they are logged on the server, never shown.
export default function ScheduleError({ retry }: { error: unknown; retry: () => void }) {
  return <StaffError title="The schedule didn’t load" retry={retry} />;
}

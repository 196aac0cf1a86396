'use client';

import { StaffError } from '@/components/staff/schedule/staff-error';

// Server errors reach the browser only as a digest; they are logged on the server, never shown.
export default function ClosuresError({ retry }: { error: unknown; retry: () => void }) {
  return <StaffError title="The closures didn’t load" retry={retry} />;
}

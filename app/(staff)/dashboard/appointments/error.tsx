'use client';

import { StaffError } from '@/components/staff/schedule/staff-error';

// Logged on the server; the browser only ever gets a digest, which is not shown either.
export default function AppointmentsError({ retry }: { error: unknown; retry: () => void }) {
  return <StaffError title="This page didn’t load" retry={retry} />;
}

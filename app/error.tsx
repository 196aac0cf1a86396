'use client';

import { ErrorMessage } from '@/components/layout/error-message';

// The error itself is logged on the server (Server Component errors reach the client only as a
// digest), so nothing about it is shown or re-logged here.
export default function Error({ retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <title>Something went wrong · Larkfield Stride Chiropractic</title>
      <ErrorMessage onRetry={retry} />
    </>
  );
}

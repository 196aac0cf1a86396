import { notFound } from 'next/navigation';

// Any URL no route matches lands here, so its 404 page is rendered inside the public layout (header
// and footer) by app/(site)/not-found.tsx. That keeps app/not-found.tsx small, which matters:
// Next sends the root not-found page inside every page's payload. Rendered per request with a
// nonce CSP (an unknown URL is not on the page cache's list, lib/security/cached-pages.ts): made-up
// URLs are endless, so nothing would be kept anyway.
export const dynamic = 'force-dynamic';

export default function MissingPage(): never {
  notFound();
}

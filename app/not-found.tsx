import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/layout/not-found-content';

export const metadata: Metadata = {
  title: 'Page not found',
};

// notFound() outside the public pages (e.g. a staff page for an unknown record). Unknown URLs are
// caught by app/(site)/[...missing] and get the site's header and footer from the (site) layout.
// Kept free of data: Next includes this page in the payload of every page.
export default function NotFound() {
  return (
    <main id="main-content" tabIndex={-1}>
      <NotFoundContent />
    </main>
  );
}

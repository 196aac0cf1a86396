import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { SiteShell } from '@/components/layout/site-shell';

export const metadata: Metadata = {
  title: 'Page not found',
};

// For URLs that match no route: only the root layout wraps this, so it brings the site's header and
// footer itself. notFound() inside the public pages uses app/(site)/not-found.tsx instead.
export default function NotFound() {
  return (
    <SiteShell>
      <NotFoundContent />
    </SiteShell>
  );
}

import type { ReactNode } from 'react';
import { getClinic, listOpeningHours } from '@/db/queries/clinic';
import { renderingAtBuild } from '@/lib/content/prerender';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

/**
 * Header, main landmark and footer of every public page. Used by the (site) layout and by the
 * root not-found page, which renders outside that layout.
 */
export async function SiteShell({ children }: { children: ReactNode }) {
  if (renderingAtBuild()) return <main id="main-content">{children}</main>;
  const [clinic, hours] = await Promise.all([getClinic(), listOpeningHours()]);
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <SiteHeader phone={clinic.phone} />
      <main id="main-content" tabIndex={-1} className="flex-1">
        {children}
      </main>
      <SiteFooter clinic={clinic} hours={hours} />
    </div>
  );
}

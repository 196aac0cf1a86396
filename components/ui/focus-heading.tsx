'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { holdQuietRouteAnnouncer } from './quiet-route-announcer';

/**
 * Whether the page is still the one the browser loaded: a fresh load is read from the top by
 * screen readers and starts at the skip link, so focus stays put. After the first client-side
 * navigation (the URL differs from the loaded document's) every heading that appears takes focus.
 */
let navigated = false;
function stillOnLoadedPage(): boolean {
  if (navigated) return false;
  const entry = performance.getEntriesByType('navigation')[0];
  if (entry && entry.name !== window.location.href) navigated = true;
  return !navigated;
}

/**
 * A heading that receives focus when it appears after a step change (booking steps, panels), so
 * keyboard and screen-reader users continue from the new content instead of from <body>. The
 * screen reader reads the heading once as focus lands on it. `focusKey` refocuses when the content
 * it names changes while the heading stays mounted (another day's times); `null` never focuses.
 * Focus is the one announcement: Next.js's route announcer stays quiet while a FocusHeading that
 * took focus is shown (quiet-route-announcer.ts), or a step change would be read twice.
 */
export function FocusHeading({
  level = 1,
  id,
  className,
  focusKey,
  children,
}: {
  level?: 1 | 2 | 3;
  id?: string;
  className?: string;
  focusKey?: string | null;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey === null || stillOnLoadedPage()) return;
    ref.current?.focus();
    // Focus reads the heading; the announcer would read the step a second time.
    return holdQuietRouteAnnouncer();
  }, [focusKey]);
  const Tag = `h${level}` as const;
  return (
    <Tag ref={ref} id={id} tabIndex={-1} className={className}>
      {children}
    </Tag>
  );
}

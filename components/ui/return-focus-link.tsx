'use client';

import Link from 'next/link';
import { useEffect, useRef, type ComponentProps } from 'react';

/**
 * A link that opens a panel on its own URL (…?action=cancel). The panel's "close" link points back
 * here with this link's id as the fragment (…#cancel-appointment), and focus returns to this link
 * when it appears again, so a keyboard user goes on from where they opened the panel. Without
 * JavaScript the fragment still scrolls it into view.
 */
export function ReturnFocusLink({ id, ...props }: ComponentProps<typeof Link> & { id: string }) {
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (window.location.hash === `#${id}`) ref.current?.focus();
  }, [id]);
  return <Link ref={ref} id={id} {...props} />;
}

import type { ReactNode } from 'react';

/**
 * A wide table's own horizontal scroll box on narrow screens, so the page itself never scrolls
 * sideways. Focusable and named, so keyboard users can scroll it too.
 */
export function TableScroll({
  label,
  children,
  plain = false,
}: {
  label: string;
  children: ReactNode;
  plain?: boolean;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      // relative: screen-reader-only text inside (position: absolute) stays in this box, not the page.
      className={`relative overflow-x-auto ${plain ? '' : 'rounded-xl border border-sand-200 bg-white'}`}
    >
      {children}
    </div>
  );
}

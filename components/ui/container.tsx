import type { ReactNode } from 'react';

/** The page's horizontal rhythm: 16px gutters on phones, a 72rem measure on wide screens. */
export function Container({
  children,
  className = '',
}: {
  children: ReactNode;
  className?: string;
}) {
  return <div className={`page-width ${className}`}>{children}</div>;
}

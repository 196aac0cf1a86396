import type { ReactNode } from 'react';

/** A quiet surface: white on cream with a sand border. */
export function Card({
  children,
  className = '',
  as: Tag = 'div',
}: {
  children: ReactNode;
  className?: string;
  as?: 'div' | 'article' | 'section' | 'li' | 'aside';
}) {
  return <Tag className={`card ${className}`}>{children}</Tag>;
}

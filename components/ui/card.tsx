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
  return (
    <Tag
      className={`rounded-card border border-sand-200 bg-white p-5 shadow-card sm:p-6 ${className}`}
    >
      {children}
    </Tag>
  );
}

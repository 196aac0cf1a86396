import type { ReactNode } from 'react';

/** An eyebrow, an h2 and an optional intro paragraph. */
export function SectionHeading({
  id,
  eyebrow,
  title,
  children,
  className = '',
}: {
  id: string;
  eyebrow?: string;
  title: string;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div className={`max-w-2xl ${className}`}>
      {eyebrow ? <p className="mb-2 eyebrow">{eyebrow}</p> : null}
      <h2 id={id} className="text-3xl sm:text-4xl">
        {title}
      </h2>
      {children ? <div className="mt-4 text-lead text-muted">{children}</div> : null}
    </div>
  );
}

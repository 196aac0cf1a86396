import type { ReactNode } from 'react';

export function PageHeading({
  title,
  children,
  actions,
}: {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <h1 className="text-2xl sm:text-3xl">{title}</h1>
        {children ? <div className="mt-1 text-muted">{children}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

export function Panel({
  title,
  id,
  children,
  className = '',
}: {
  title?: string;
  id?: string;
  children: ReactNode;
  className?: string;
}) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section
      aria-labelledby={headingId}
      className={`rounded-xl border border-sand-200 bg-white p-4 sm:p-5 ${className}`}
    >
      {title ? (
        <h2 id={headingId} className="mb-3 text-xl">
          {title}
        </h2>
      ) : null}
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';
import { Container } from './container';

/** The top band of an inner page: optional breadcrumb/eyebrow, the page's one h1 and a lead. */
export function PageHeader({
  title,
  eyebrow,
  children,
  before,
}: {
  title: string;
  eyebrow?: string;
  children?: ReactNode;
  /** Rendered above the title, e.g. a breadcrumb. */
  before?: ReactNode;
}) {
  return (
    <div className="border-b border-sand-200 bg-gradient-to-b from-sand-100 to-cream">
      <Container className="py-10 sm:py-14">
        {before}
        {eyebrow ? <p className="mb-3 eyebrow">{eyebrow}</p> : null}
        <h1 className="max-w-3xl text-4xl sm:text-5xl">{title}</h1>
        {children ? <div className="mt-5 max-w-2xl text-lead text-muted">{children}</div> : null}
      </Container>
    </div>
  );
}

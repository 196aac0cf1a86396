import Link from 'next/link';
import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';
import { FocusHeading } from '@/components/ui/focus-heading';

export const BOOKING_STEPS = [
  'Therapy',
  'Practitioner',
  'Day and time',
  'Your details',
  'Review',
] as const;

/**
 * The frame of every booking step: progress, the step's h1 and a lead. `stepHrefs` holds links
 * back to steps already done, so a patient can jump back to any earlier choice.
 */
export function BookingFrame({
  step,
  title,
  lead,
  stepHrefs = [],
  children,
}: {
  /** 1-based index into BOOKING_STEPS. */
  step: number;
  title: string;
  lead?: ReactNode;
  stepHrefs?: ReadonlyArray<string | undefined>;
  children: ReactNode;
}) {
  return (
    <>
      <div className="border-b border-sand-200 bg-gradient-to-b from-sand-100 to-cream">
        <Container className="py-6 sm:py-10">
          <nav aria-label="Booking steps">
            <p className="eyebrow">
              Step {step} of {BOOKING_STEPS.length}
            </p>
            <div className="mt-2 flex gap-1.5" aria-hidden="true">
              {BOOKING_STEPS.map((label, i) => (
                <span
                  key={label}
                  className={`h-1.5 flex-1 rounded-full ${i < step ? 'bg-brand-700' : 'bg-sand-300'}`}
                />
              ))}
            </div>
            {/* Phones have no room for the list: it is hidden there (not just visually), so its
                links are no Tab stops; each step's summary offers "Change" links instead. */}
            <ol className="hidden sm:mt-3 sm:flex sm:flex-wrap sm:gap-x-5 sm:gap-y-1 sm:text-sm">
              {BOOKING_STEPS.map((label, i) => {
                const n = i + 1;
                const href = n < step ? stepHrefs[i] : undefined;
                return (
                  <li key={label} aria-current={n === step ? 'step' : undefined}>
                    <span className="sr-only">
                      Step {n} of {BOOKING_STEPS.length}:{' '}
                    </span>
                    {href ? (
                      <Link href={href} className="text-brand-800 underline underline-offset-4">
                        {label}
                        <span className="sr-only"> (done, change)</span>
                      </Link>
                    ) : (
                      <span className={n === step ? 'font-semibold text-ink' : 'text-muted'}>
                        {label}
                        {n === step ? <span className="sr-only"> (current)</span> : null}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </nav>
          {/* Keyed by the title: the steps share one page, so the heading stays mounted between them. */}
          <FocusHeading className="mt-4 text-3xl sm:text-4xl" focusKey={title}>
            {title}
          </FocusHeading>
          {lead ? <div className="mt-3 max-w-2xl text-lead text-muted">{lead}</div> : null}
        </Container>
      </div>
      <Container className="py-8 sm:py-10">{children}</Container>
    </>
  );
}

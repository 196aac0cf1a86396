import type { ReactNode } from 'react';
import {
  EMERGENCY_NUMBER,
  EMERGENCY_TEL,
  NO_RED_FLAGS,
  NOT_AN_EMERGENCY_SERVICE,
  redFlagsOf,
  TIER_GUIDANCE,
  type RedFlagTier,
} from '@/lib/clinical/red-flags';
import { formatPhone, telHref } from '@/lib/format';
import { AlertIcon, PhoneIcon } from './icons';
import { buttonClasses } from '@/components/ui/button';

/*
 * Every public rendering of the red flags (lib/clinical/red-flags.ts). Elements carry
 * `data-red-flags`, which the stray-copy checks use to tell the module's wording from any other.
 * Plain markup, no hooks: server and client components can both render these.
 */

/** One tier's symptoms as a list, in the module's words. */
export function RedFlagList({ tier, className = '' }: { tier: RedFlagTier; className?: string }) {
  return (
    <ul data-red-flags={tier} className={`list-disc space-y-1.5 pl-5 ${className}`}>
      {redFlagsOf(tier).map((flag) => (
        <li key={flag.key}>{flag.label}</li>
      ))}
    </ul>
  );
}

function TierSection({ tier, Heading }: { tier: RedFlagTier; Heading: 'h2' | 'h3' | 'h4' }) {
  const guidance = TIER_GUIDANCE[tier];
  return (
    <section aria-label={guidance.heading} className="min-w-0">
      <Heading className="font-sans text-lg font-bold text-clay-800">{guidance.heading}</Heading>
      <p className="mt-1">{guidance.lead}</p>
      <RedFlagList tier={tier} className="mt-2" />
    </section>
  );
}

/**
 * The safety box under every article, on every therapy page and on the contact page: both tiers,
 * a 911 button first and the clinic's number second, and when booking is the right next step.
 */
export function SafetyBox({
  clinicPhone,
  id,
  title = 'Before you book: warning signs',
  headingLevel = 'h2',
  children,
  footer,
  className = '',
}: {
  clinicPhone: string;
  /** The heading's id; the box is labelled by it. */
  id: string;
  title?: string;
  headingLevel?: 'h2' | 'h3';
  /** Extra paragraphs under the heading (e.g. the article disclaimer). */
  children?: ReactNode;
  /** Extra paragraphs at the end (e.g. when to call the clinic instead). */
  footer?: ReactNode;
  className?: string;
}) {
  const Heading = headingLevel;
  const Sub = headingLevel === 'h2' ? 'h3' : 'h4';
  return (
    <aside
      aria-labelledby={id}
      data-red-flags="box"
      className={`@container rounded-card border-2 border-clay-600 bg-clay-50 p-5 text-ink sm:p-6 ${className}`}
    >
      <Heading id={id} className="flex items-center gap-2 text-2xl">
        <AlertIcon className="size-6 text-clay-700" />
        {title}
      </Heading>
      {children}
      <p className="mt-3">{NOT_AN_EMERGENCY_SERVICE}</p>
      <div className="mt-4 grid gap-5 @xl:grid-cols-2">
        <TierSection tier="emergency" Heading={Sub} />
        <TierSection tier="see-doctor-today" Heading={Sub} />
      </div>
      <p className="mt-4">Not sure which applies? Call us and we’ll help you decide.</p>
      <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <a
          href={EMERGENCY_TEL}
          className={buttonClasses({ variant: 'cta', size: 'lg' }, 'whitespace-nowrap')}
        >
          <PhoneIcon className="size-5" /> Call {EMERGENCY_NUMBER}
        </a>
        <a
          href={telHref(clinicPhone)}
          className={buttonClasses({ variant: 'secondary', size: 'lg' }, 'whitespace-nowrap')}
        >
          <PhoneIcon className="size-5" /> Call us: {formatPhone(clinicPhone)}
        </a>
      </div>
      <p className="mt-4">{NO_RED_FLAGS}</p>
      {footer}
    </aside>
  );
}

/** The footer's short version: the same lists, smaller, with the 911 link. */
export function SafetyFooterNote({ linkClass }: { linkClass: string }) {
  return (
    <div data-red-flags="footer" className="text-[0.95rem]">
      <p>
        <strong className="text-cream">Medical disclaimer.</strong> {NOT_AN_EMERGENCY_SERVICE}
      </p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        {(['emergency', 'see-doctor-today'] as const).map((tier) => (
          <div key={tier}>
            <p className="font-semibold text-cream">
              {tier === 'emergency' ? (
                <>
                  <a href={EMERGENCY_TEL} className={`whitespace-nowrap ${linkClass}`}>
                    {TIER_GUIDANCE[tier].heading}
                  </a>{' '}
                  if you have:
                </>
              ) : (
                `${TIER_GUIDANCE[tier].heading} if your back pain comes with:`
              )}
            </p>
            <RedFlagList tier={tier} className="mt-1 space-y-1" />
          </div>
        ))}
      </div>
    </div>
  );
}

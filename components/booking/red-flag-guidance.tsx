import type { ReactNode, Ref } from 'react';
import { PhoneIcon } from '@/components/ui/icons';
import {
  EMERGENCY_NUMBER,
  EMERGENCY_TEL,
  TIER_GUIDANCE,
  type RedFlag,
} from '@/lib/clinical/red-flags';
import { formatPhone, telHref } from '@/lib/format';

/*
 * The booking flow's two red-flag messages, in the words of lib/clinical/red-flags.ts. Plain
 * markup, no hooks: server and client components both render them.
 */

/**
 * Shown instead of any way to book when an emergency warning sign is ticked (and when the server
 * refuses a booking for one): call 911 first and large, the clinic's number small and second.
 * The details form scrolls it to the top of the screen and moves focus to it.
 */
export function EmergencyGuidance({
  clinicPhone,
  flags,
  id,
  ref,
}: {
  clinicPhone: string;
  /** The emergency signs ticked; the whole tier's list when unknown (a refusal from the server). */
  flags?: readonly RedFlag[];
  id?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const guidance = TIER_GUIDANCE.emergency;
  const headingId = `${id ?? 'emergency'}-heading`;
  return (
    <div
      id={id}
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={headingId}
      data-red-flags="emergency"
      className="scroll-mt-2 rounded-card border-4 border-clay-700 bg-clay-50 p-4 focus:outline-3 focus:outline-offset-2 focus:outline-clay-800 sm:p-6"
    >
      <h2 id={headingId} className="font-sans text-2xl font-bold text-clay-800">
        {guidance.heading}
      </h2>
      <a
        href={EMERGENCY_TEL}
        className="mt-3 flex whitespace-nowrap min-h-14 w-full items-center justify-center gap-2 rounded-full bg-clay-700 px-6 py-3 text-lg font-bold text-white no-underline hover:bg-clay-800 sm:w-auto sm:inline-flex"
      >
        <PhoneIcon className="size-6" /> Call {EMERGENCY_NUMBER}
      </a>
      <p className="mt-3 text-ink">{guidance.lead}</p>
      {flags && flags.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-ink">
          {flags.map((flag) => (
            <li key={flag.key}>{flag.label}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-3 text-ink">{guidance.booking}</p>
      <p className="mt-3 text-[0.95rem] text-muted">
        Not sure? You can also call the clinic:{' '}
        <a
          href={telHref(clinicPhone)}
          className="whitespace-nowrap font-semibold text-brand-800 underline"
        >
          {formatPhone(clinicPhone)}
        </a>
        .
      </p>
    </div>
  );
}

/**
 * Shown when a see-a-doctor-today warning sign is ticked: the advice for the signs ticked, and
 * (as children) the acknowledgement the patient gives to book anyway.
 */
export function SeeDoctorTodayGuidance({
  flags,
  id,
  headingLevel: Heading = 'h3',
  children,
}: {
  flags: readonly RedFlag[];
  id?: string;
  headingLevel?: 'h2' | 'h3';
  children?: ReactNode;
}) {
  const guidance = TIER_GUIDANCE['see-doctor-today'];
  const headingId = `${id ?? 'see-doctor-today'}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      data-red-flags="see-doctor-today"
      className="rounded-card border-2 border-clay-600 bg-clay-50 p-4 sm:p-6"
    >
      <Heading id={headingId} className="font-sans text-xl font-bold text-clay-800">
        {guidance.heading}
      </Heading>
      <p className="mt-2 text-ink">{guidance.lead}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-ink">
        {flags.map((flag) => (
          <li key={flag.key}>{flag.label}</li>
        ))}
      </ul>
      <p className="mt-3 text-ink">{guidance.booking}</p>
      {children}
    </section>
  );
}

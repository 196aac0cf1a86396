import Link from 'next/link';
import {
  LEG_PAIN,
  PAIN_AREAS,
  PAIN_DURATIONS,
  type PatientDetailsInput,
} from '@/lib/validations/booking';

function label(map: Readonly<Record<string, string>>, key: string | undefined): string {
  return (key !== undefined && Object.hasOwn(map, key) ? map[key] : undefined) ?? '—';
}

/** The patient's own answers on the review step, with a link back to change them. */
export function DetailsSummary({
  details,
  editHref,
}: {
  details: PatientDetailsInput;
  editHref: string;
}) {
  const rows: Array<[string, string]> = [
    ['Name', details.name],
    ['E-mail', details.email],
    ['Phone', details.phone],
    ['Visited before', details.patientType === 'returning' ? 'Yes' : 'No, first visit'],
    [
      'Where it hurts',
      (details.intake?.painAreas ?? []).map((a) => label(PAIN_AREAS, a)).join(', ') || '—',
    ],
    ['How long', label(PAIN_DURATIONS, details.intake?.painDuration)],
    ['Pain down a leg', label(LEG_PAIN, details.intake?.legPain)],
  ];
  if (details.reason?.trim()) rows.push(['What brings you in', details.reason.trim()]);
  return (
    <section
      aria-labelledby="your-details-heading"
      className="rounded-card border border-sand-200 bg-white"
    >
      <div className="flex items-center justify-between gap-4 border-b border-sand-200 px-4 py-3 sm:px-5">
        <h2 id="your-details-heading" className="text-xl">
          Your details
        </h2>
        <Link
          href={editHref}
          className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
        >
          Edit<span className="sr-only"> your details</span>
        </Link>
      </div>
      <dl className="divide-y divide-sand-200">
        {rows.map(([term, value]) => (
          <div key={term} className="grid gap-x-4 px-4 py-2.5 sm:grid-cols-[12rem_1fr] sm:px-5">
            <dt className="text-sm font-semibold text-muted sm:text-base">{term}</dt>
            <dd className="min-w-0 break-words whitespace-pre-line text-ink">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

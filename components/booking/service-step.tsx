import Link from 'next/link';
import { ArrowRightIcon, ClockIcon } from '@/components/ui/icons';
import type { ServiceSummary } from '@/db/queries/services';
import { formatDuration, formatPrice } from '@/lib/format';
import { flowHref } from './flow-url';

/** Step 1: every bookable therapy as one big link. */
export function ServiceStep({ services }: { services: readonly ServiceSummary[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {services.map((service) => (
        <li key={service.slug}>
          <Link
            href={flowHref({ service: service.slug })}
            className="group flex h-full flex-col rounded-card border border-sand-200 bg-white p-4 no-underline shadow-card hover:border-brand-700 sm:p-5"
          >
            <span className="flex items-start justify-between gap-3">
              <span className="font-serif text-xl font-semibold text-brand-900 group-hover:underline">
                {service.name}
              </span>
              <ArrowRightIcon className="mt-1 size-5 text-brand-800" />
            </span>
            <span className="mt-2 flex flex-wrap gap-x-4 text-[0.95rem] text-ink">
              <span className="inline-flex items-center gap-1.5">
                <ClockIcon className="size-4 text-brand-700" />
                {formatDuration(service.durationMinutes)}
              </span>
              <span className="font-semibold">{formatPrice(service.priceCents)}</span>
            </span>
            <span className="mt-2 text-[0.95rem] text-muted">{service.summary}</span>
            {service.requiresConsultation ? (
              <span className="mt-2 text-sm font-medium text-clay-700">
                New patients start with a consultation
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

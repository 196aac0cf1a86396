import Link from 'next/link';
import type { ServiceSummary } from '@/db/queries/services';
import { formatDuration, formatPrice } from '@/lib/format';
import { ArrowRightIcon, ClockIcon } from './icons';

/** One therapy as a card; the whole card is clickable through the title link. */
export function ServiceCard({
  service,
  headingLevel: Heading = 'h3',
}: {
  service: ServiceSummary;
  headingLevel?: 'h2' | 'h3';
}) {
  return (
    <article className="link-card">
      <Heading className="text-xl sm:text-2xl">
        <Link href={`/therapies/${service.slug}`} className="link-card-title">
          {service.name}
        </Link>
      </Heading>
      <div className="flex-1">
        <p className="mt-3 text-muted">{service.summary}</p>
        {service.requiresConsultation ? (
          <p className="mt-3 text-sm font-medium text-clay-700">
            New patients start with a consultation
          </p>
        ) : null}
      </div>
      <div className="link-card-foot">
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-ink">
          <span className="inline-flex items-center gap-1.5">
            <ClockIcon className="size-4 text-brand-700" />
            {formatDuration(service.durationMinutes)}
          </span>
          <span className="font-semibold">{formatPrice(service.priceCents)}</span>
        </p>
        <span
          aria-hidden="true"
          className="inline-flex items-center gap-1 text-sm font-semibold text-brand-800"
        >
          Learn more <ArrowRightIcon className="link-card-arrow size-4 transition-transform" />
        </span>
      </div>
    </article>
  );
}

import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button-link';
import { Callout } from '@/components/ui/callout';
import { ClockIcon } from '@/components/ui/icons';
import type { ServiceDetail } from '@/db/queries/services';
import { bookTherapyHref } from '@/lib/content/links';
import { formatDuration, formatPrice } from '@/lib/format';

type ServiceRef = { slug: string; name: string };

/**
 * The therapy page's "at a glance" box: duration, price, the consultation-first rule and the
 * calls to action. New patients are sent to the consultation; returning patients book the therapy.
 */
export function TherapyBooking({
  service,
  consultation,
}: {
  service: ServiceDetail;
  consultation: ServiceRef | null;
}) {
  const isConsultation = consultation?.slug === service.slug;
  return (
    <div className="rounded-card border border-sand-200 bg-white p-5 shadow-card sm:p-6 lg:sticky lg:top-6">
      <dl className="grid grid-cols-2 gap-4">
        <div>
          <dt className="text-sm text-muted">Duration</dt>
          <dd className="mt-1 flex items-center gap-1.5 text-lg font-semibold text-ink">
            <ClockIcon className="size-5 text-brand-700" />
            {formatDuration(service.durationMinutes)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Self-pay price</dt>
          <dd className="mt-1 text-lg font-semibold text-ink">{formatPrice(service.priceCents)}</dd>
        </div>
      </dl>
      <p className="mt-2 text-sm">
        <Link href="/fees" className="font-semibold text-brand-800 underline underline-offset-4">
          Fees, insurance and payment
        </Link>
      </p>

      {isConsultation ? (
        <ButtonLink href={bookTherapyHref(service.slug)} size="lg" className="mt-5 w-full">
          Book a consultation
        </ButtonLink>
      ) : (
        <>
          <Callout
            tone={service.requiresConsultation ? 'warning' : 'info'}
            className="mt-5 text-[0.95rem]"
          >
            {service.requiresConsultation ? (
              <p>
                <strong>Consultation first.</strong> New patients book a{' '}
                {consultation ? (
                  <Link href={`/therapies/${consultation.slug}`}>new-patient consultation</Link>
                ) : (
                  'new-patient consultation'
                )}{' '}
                before {service.name.toLowerCase()}, so we can check it is safe and suits you. After
                that visit you can book it online as a returning patient.
              </p>
            ) : (
              <p>
                New to the clinic? Most people start with a{' '}
                {consultation ? (
                  <Link href={`/therapies/${consultation.slug}`}>new-patient consultation</Link>
                ) : (
                  'new-patient consultation'
                )}
                , where we examine you and agree a plan before any treatment.
              </p>
            )}
          </Callout>
          {consultation ? (
            <ButtonLink href={bookTherapyHref(consultation.slug)} size="lg" className="mt-5 w-full">
              New patient? Book a consultation
            </ButtonLink>
          ) : null}
          <ButtonLink
            href={bookTherapyHref(service.slug)}
            variant="secondary"
            size="lg"
            className="mt-3 w-full"
          >
            {service.requiresConsultation
              ? 'Returning patient? Book this therapy'
              : 'Book this therapy'}
          </ButtonLink>
        </>
      )}
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { renderingAtBuild } from '@/lib/content/prerender';
import { ButtonLink } from '@/components/ui/button-link';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { findConsultationService } from '@/db/queries/booking-catalog';
import { getPaymentSettings } from '@/db/queries/clinic';
import { listActiveServices } from '@/db/queries/services';
import { bookTherapyHref } from '@/lib/content/links';
import { formatDuration, formatPrice } from '@/lib/format';
import { InsuranceSection } from './insurance-section';

// Cached; the dashboard's clinic and closure actions revalidate it when its data changes
// (refreshSite in app/(staff)/dashboard/clinic/actions.ts, and closures/actions.ts).
export const revalidate = 3600;

export const metadata: Metadata = {
  title: 'Fees, insurance and payment',
  description:
    'Self-pay prices for every therapy, the insurance plans we work with, superbills for out-of-network claims and how to pay at Larkfield Stride Chiropractic.',
  alternates: { canonical: '/fees' },
};

export default async function FeesPage() {
  if (renderingAtBuild()) return null;
  const [services, payment, consultation] = await Promise.all([
    listActiveServices(),
    getPaymentSettings(),
    findConsultationService(),
  ]);

  return (
    <>
      <PageHeader title="Fees, insurance and payment" eyebrow="What it costs">
        <p>
          Clear prices before you book, help with insurance, and no surprises on the day. If
          anything here is unclear, call us and we will talk it through.
        </p>
      </PageHeader>

      <Container className="grid gap-6 py-12 sm:py-16">
        <Card as="section" className="overflow-hidden">
          <h2 id="self-pay" className="text-2xl sm:text-3xl">
            Self-pay prices
          </h2>
          <p className="mt-3 max-w-[65ch]">
            What a visit costs if you are paying yourself rather than through insurance. Each price
            is for one visit.
          </p>
          {/* Scrolls sideways on the narrowest screens: a named, focusable region so a keyboard
              can scroll it. */}
          <section className="mt-5 overflow-x-auto" aria-labelledby="self-pay" tabIndex={0}>
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Self-pay price of each therapy</caption>
              <thead>
                <tr className="border-b-2 border-sand-200">
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Therapy
                  </th>
                  <th scope="col" className="hidden py-2 pr-4 font-semibold sm:table-cell">
                    Length
                  </th>
                  <th scope="col" className="py-2 text-right font-semibold">
                    Price
                  </th>
                </tr>
              </thead>
              <tbody>
                {services.map((s) => (
                  <tr key={s.slug} className="border-b border-sand-200">
                    <th scope="row" className="py-3 pr-4 font-normal">
                      <Link
                        href={`/therapies/${s.slug}`}
                        className="font-semibold text-brand-800 underline underline-offset-4"
                      >
                        {s.name}
                      </Link>
                      <span className="block text-sm text-muted sm:hidden">
                        {formatDuration(s.durationMinutes)}
                      </span>
                      {s.requiresConsultation ? (
                        <span className="block text-sm text-muted">
                          After a new-patient consultation
                        </span>
                      ) : null}
                    </th>
                    <td className="hidden py-3 pr-4 whitespace-nowrap sm:table-cell">
                      {formatDuration(s.durationMinutes)}
                    </td>
                    <td className="py-3 pl-3 text-right align-top font-semibold whitespace-nowrap sm:align-middle">
                      {formatPrice(s.priceCents)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <p className="mt-5 max-w-[65ch] text-[0.95rem] text-muted">
            If you don’t have insurance or aren’t using it, you have the right under the federal No
            Surprises Act to a Good Faith Estimate of what your care is expected to cost. Ask us for
            one when you book, or read more at{' '}
            <a
              href="https://www.cms.gov/nosurprises"
              rel="noopener noreferrer"
              className="font-semibold text-brand-800 underline underline-offset-4"
            >
              cms.gov/nosurprises
            </a>
            .
          </p>
        </Card>

        <InsuranceSection payment={payment} />

        <div className="flex flex-col items-start gap-4 rounded-card border border-sand-200 bg-sand-50 p-6 sm:flex-row sm:items-center sm:justify-between sm:p-8">
          <p className="font-serif text-xl text-brand-900 sm:text-2xl">
            New to the clinic? Start with a consultation.
          </p>
          <ButtonLink href={consultation ? bookTherapyHref(consultation.slug) : '/book'} size="lg">
            Book a new-patient consultation
          </ButtonLink>
        </div>
      </Container>
    </>
  );
}

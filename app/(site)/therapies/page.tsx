import type { Metadata } from 'next';
import Link from 'next/link';
import { renderingAtBuild } from '@/lib/content/prerender';
import { ButtonLink } from '@/components/ui/button-link';
import { Callout } from '@/components/ui/callout';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { ServiceCard } from '@/components/ui/service-card';
import { listActiveServices } from '@/db/queries/services';
import { bookTherapyHref } from '@/lib/content/links';

// Cached; the dashboard's clinic and closure actions revalidate it when its data changes
// (refreshSite in app/(staff)/dashboard/clinic/actions.ts, and closures/actions.ts).
export const revalidate = 3600;

export const metadata: Metadata = {
  title: 'Therapies',
  description:
    'Chiropractic adjustment, myofascial release, spinal decompression and neuromuscular re-education for runners with back, hip and leg pain in Portland, OR.',
  alternates: { canonical: '/therapies' },
};

export default async function TherapiesPage() {
  if (renderingAtBuild()) return null;
  const services = await listActiveServices();
  const consultation = services.find((s) => s.slug === 'new-patient-consultation');

  return (
    <>
      <PageHeader title="Therapies" eyebrow="What we offer">
        <p>
          We combine hands-on treatment with exercise and advice, always based on what we find at
          your examination. Each page explains what a therapy is, who it may help, what the evidence
          says and what a session is like.
        </p>
      </PageHeader>

      <Container className="py-12 sm:py-16">
        <Callout title="Not sure where to start?" className="mb-10 max-w-3xl">
          <p>
            {consultation ? (
              <>
                Book a{' '}
                <Link href={`/therapies/${consultation.slug}`}>new-patient consultation</Link>.
              </>
            ) : (
              'Book a new-patient consultation.'
            )}{' '}
            We will examine you, explain what is going on and recommend the therapies that suit you.
            Some therapies are only offered after a consultation.
          </p>
        </Callout>

        <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {services.map((service) => (
            <li key={service.slug}>
              <ServiceCard service={service} headingLevel="h2" />
            </li>
          ))}
        </ul>

        <div className="mt-12 flex flex-col items-start gap-4 rounded-card border border-sand-200 bg-sand-50 p-6 sm:flex-row sm:items-center sm:justify-between sm:p-8">
          <p className="font-serif text-xl text-brand-900 sm:text-2xl">Ready when you are.</p>
          <ButtonLink href={consultation ? bookTherapyHref(consultation.slug) : '/book'} size="lg">
            Book a new-patient consultation
          </ButtonLink>
        </div>
      </Container>
    </>
  );
}

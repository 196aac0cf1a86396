import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ButtonLink } from '@/components/ui/button-link';
import { Callout } from '@/components/ui/callout';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon, ClockIcon } from '@/components/ui/icons';
import { MarkdownBlocks } from '@/components/ui/markdown-blocks';
import { PageHeader } from '@/components/ui/page-header';
import { getActiveServiceBySlug } from '@/db/queries/services';
import { formatDuration, formatPrice } from '@/lib/format';
import { RelatedArticlesForService } from '@/components/articles/related-articles-for-service';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { slug } = await params;
  const service = await getActiveServiceBySlug(slug);
  if (!service) return { title: 'Therapy not found' };
  return {
    title: service.name,
    description: service.summary,
    alternates: { canonical: `/therapies/${service.slug}` },
    openGraph: { title: service.name, description: service.summary },
  };
}

export default async function TherapyPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const service = await getActiveServiceBySlug(slug);
  if (!service) notFound();
  const bookHref = `/book?service=${encodeURIComponent(service.slug)}`;

  return (
    <>
      <PageHeader
        title={service.name}
        before={
          <nav aria-label="Breadcrumb" className="mb-5 text-[0.95rem]">
            <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted">
              <li>
                <Link
                  href="/therapies"
                  className="font-medium text-brand-800 underline underline-offset-4"
                >
                  Therapies
                </Link>
              </li>
              <li aria-hidden="true">/</li>
              <li aria-current="page">{service.name}</li>
            </ol>
          </nav>
        }
      >
        <p>{service.summary}</p>
      </PageHeader>

      <Container className="grid gap-10 py-10 sm:py-14 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-16">
        <aside aria-label="At a glance" className="lg:order-2">
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
                <dt className="text-sm text-muted">Price</dt>
                <dd className="mt-1 text-lg font-semibold text-ink">
                  {formatPrice(service.priceCents)}
                </dd>
              </div>
            </dl>
            {service.requiresConsultation ? (
              <Callout className="mt-5 text-[0.95rem]">
                <p>
                  New patients start with a{' '}
                  <Link href="/therapies/new-patient-consultation">consultation and exam</Link>, so
                  we can check this therapy suits you.
                </p>
              </Callout>
            ) : null}
            <ButtonLink href={bookHref} size="lg" className="mt-5 w-full">
              Book this therapy
            </ButtonLink>
          </div>
        </aside>

        <div className="min-w-0 lg:order-1">
          <MarkdownBlocks markdown={service.description} />

          <section aria-labelledby="offered-by" className="mt-12 border-t border-sand-200 pt-10">
            <h2 id="offered-by" className="text-2xl">
              Who offers it
            </h2>
            {service.practitioners.length > 0 ? (
              <ul className="mt-5 grid gap-3 sm:grid-cols-2">
                {service.practitioners.map((p) => (
                  <li key={p.slug}>
                    <Link
                      href={`/team#${p.slug}`}
                      className="group flex h-full flex-col rounded-xl border border-sand-200 bg-white p-4 no-underline hover:border-brand-200"
                    >
                      <span className="font-semibold text-brand-800 underline-offset-4 group-hover:underline">
                        {p.name}
                      </span>
                      <span className="mt-1 text-[0.95rem] text-muted">{p.title}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-4 text-muted">
                Call us to check who is offering this therapy at the moment.
              </p>
            )}
          </section>
          <RelatedArticlesForService serviceSlug={service.slug} />

          <p className="mt-10">
            <Link
              href="/therapies"
              className="inline-flex items-center gap-1.5 font-semibold text-brand-800 underline-offset-4 hover:underline"
            >
              <ArrowRightIcon className="size-4 rotate-180" /> All therapies
            </Link>
          </p>
        </div>
      </Container>
    </>
  );
}

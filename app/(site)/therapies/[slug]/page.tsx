import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { renderingAtBuild } from '@/lib/content/prerender';
import { RelatedArticlesForService } from '@/components/articles/related-articles-for-service';
import { TherapyBooking } from './therapy-booking';
import { TherapyEvidenceAndRisks } from './evidence-and-risks';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon } from '@/components/ui/icons';
import { MarkdownBlocks } from '@/components/ui/markdown-blocks';
import { PageHeader } from '@/components/ui/page-header';
import { SafetyBox } from '@/components/ui/red-flags';
import { findConsultationService } from '@/db/queries/booking-catalog';
import { getClinic } from '@/db/queries/clinic';
import { getActiveServiceBySlug } from '@/db/queries/services';

// Cached; the dashboard's clinic and closure actions revalidate it when its data changes
// (refreshSite in app/(staff)/dashboard/clinic/actions.ts, and closures/actions.ts).
export const revalidate = 3600;

/** None at build (it has no database): each page is rendered on its first visit, then cached. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (renderingAtBuild()) return {};
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
  if (renderingAtBuild()) return null;
  const { slug } = await params;
  const [service, consultation, clinic] = await Promise.all([
    getActiveServiceBySlug(slug),
    findConsultationService(),
    getClinic(),
  ]);
  if (!service) notFound();

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
          <TherapyBooking service={service} consultation={consultation} />
        </aside>

        <div className="min-w-0 lg:order-1">
          <MarkdownBlocks markdown={service.description} />
          <TherapyEvidenceAndRisks service={service} />
          <SafetyBox id="therapy-safety" clinicPhone={clinic.phone} className="mt-12" />

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
            <Link href="/therapies" className="arrow-link">
              <ArrowRightIcon className="size-4 rotate-180" /> All therapies
            </Link>
          </p>
        </div>
      </Container>
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { renderingAtBuild } from '@/lib/content/prerender';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { CalendarIcon } from '@/components/ui/icons';
import { PractitionerPortrait } from '@/components/ui/practitioner-portrait';
import { PageHeader } from '@/components/ui/page-header';
import { findConsultationService } from '@/db/queries/booking-catalog';
import { listActivePractitioners } from '@/db/queries/practitioners';
import { bookTherapyHref } from '@/lib/content/links';
import { describeWeekdays } from '@/lib/format';
import { ProfileLists } from './profile-lists';

// Cached; the dashboard's clinic and closure actions revalidate it when its data changes
// (refreshSite in app/(staff)/dashboard/clinic/actions.ts, and closures/actions.ts).
export const revalidate = 3600;

export const metadata: Metadata = {
  title: 'Our team',
  description:
    'Meet the chiropractors and therapists at Larkfield Stride Chiropractic in Portland, OR: runners themselves, focused on back, hip and leg pain.',
  alternates: { canonical: '/team' },
};

export default async function TeamPage() {
  if (renderingAtBuild()) return null;
  const [team, consultation] = await Promise.all([
    listActivePractitioners(),
    findConsultationService(),
  ]);

  return (
    <>
      <PageHeader title="Our team" eyebrow="The people who will treat you">
        <p>
          Chiropractors and therapists who understand running, and who take the time to explain what
          they find and why they suggest what they do. Their qualifications and licenses are listed
          with each profile.
        </p>
      </PageHeader>

      <Container className="py-12 sm:py-16">
        <ul className="space-y-6">
          {team.map((person) => (
            <li key={person.slug}>
              <article
                id={person.slug}
                aria-labelledby={`${person.slug}-name`}
                className="scroll-mt-6 rounded-card border border-sand-200 bg-white p-5 shadow-card sm:p-8"
              >
                <div className="flex flex-col gap-5 sm:flex-row sm:gap-8">
                  <PractitionerPortrait
                    name={person.name}
                    color={person.color}
                    photo={person.photo}
                    sizes="(min-width: 640px) 128px, 96px"
                    className="size-24 sm:size-32"
                    avatarClassName="size-20 text-2xl sm:size-24 sm:text-3xl"
                  />
                  <div className="min-w-0 flex-1">
                    <h2 id={`${person.slug}-name`} className="text-2xl sm:text-3xl">
                      {person.name}
                    </h2>
                    <p className="mt-1 font-medium text-brand-700">{person.title}</p>
                    {person.bio ? <p className="mt-4 max-w-[68ch]">{person.bio}</p> : null}
                    <ProfileLists person={person} />

                    <div className="mt-6 grid gap-6 border-t border-sand-200 pt-5 md:grid-cols-[2fr_1fr]">
                      <div>
                        <h3 className="font-sans text-sm font-semibold tracking-wider text-muted uppercase">
                          Therapies
                        </h3>
                        {person.services.length > 0 ? (
                          <ul className="mt-3 flex flex-wrap gap-2">
                            {person.services.map((s) => (
                              <li key={s.slug}>
                                <Link
                                  href={`/therapies/${s.slug}`}
                                  className="inline-flex min-h-9 items-center rounded-lg border border-brand-200 bg-brand-50 px-3 py-1 text-[0.95rem] font-medium text-brand-800 no-underline hover:border-brand-700 hover:underline"
                                >
                                  {s.name}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <p className="mt-3 text-muted">Ask us at reception.</p>
                        )}
                      </div>
                      <div>
                        <h3 className="font-sans text-sm font-semibold tracking-wider text-muted uppercase">
                          In the clinic
                        </h3>
                        <p className="mt-3 flex gap-2">
                          <CalendarIcon className="mt-0.5 size-5 text-brand-700" />
                          <span>
                            {person.workingWeekdays.length > 0
                              ? describeWeekdays(person.workingWeekdays)
                              : 'Days vary: call us to check'}
                          </span>
                        </p>
                      </div>
                    </div>
                  </div>
                </div>
              </article>
            </li>
          ))}
        </ul>

        <div className="mt-12 flex flex-col items-start gap-4 rounded-card border border-sand-200 bg-sand-50 p-6 sm:flex-row sm:items-center sm:justify-between sm:p-8">
          <p className="font-serif text-xl text-brand-900 sm:text-2xl">Ready to get started?</p>
          <ButtonLink href={consultation ? bookTherapyHref(consultation.slug) : '/book'} size="lg">
            Book a new-patient consultation
          </ButtonLink>
        </div>
      </Container>
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { renderingAtBuild } from '@/lib/content/prerender';
import { ClinicJsonLd } from '@/components/json-ld';
import { ButtonLink } from '@/components/ui/button-link';
import { bookTherapyHref } from '@/lib/content/links';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { ArrowRightIcon, CheckIcon, MailIcon, MapPinIcon, PhoneIcon } from '@/components/ui/icons';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { OpeningHoursTable } from '@/components/ui/opening-hours-table';
import { SectionHeading } from '@/components/ui/section-heading';
import { ServiceCard } from '@/components/ui/service-card';
import { TrailIllustration } from '@/components/ui/trail-illustration';
import { getClinic, listOpeningHours } from '@/db/queries/clinic';
import { listActivePractitioners } from '@/db/queries/practitioners';
import { listActiveServices } from '@/db/queries/services';
import { formatDurationAdjective, formatPhone, formatPrice, telHref } from '@/lib/format';
import { LatestArticles } from '@/components/articles/latest-articles';

// Cached; the dashboard's clinic and closure actions revalidate it when its data changes
// (refreshSite in app/(staff)/dashboard/clinic/actions.ts, and closures/actions.ts), article
// changes through the articles tag (revalidateArticles in lib/content/revalidate.ts).
export const revalidate = 3600;

export const metadata: Metadata = {
  alternates: { canonical: '/' },
};

const whoWeHelp = [
  'Lower-back pain during or after a run',
  'Tight hips and glutes that shorten your stride',
  'Pain that travels into the buttock or down a leg',
  'Stiffness that returns after long runs or a jump in mileage',
];

const firstVisitSteps = [
  {
    title: 'Book online or call us',
    text: 'Choose a time that suits you. Wear clothes you can move in and bring any scans or letters you have.',
  },
  {
    title: 'Tell us your story',
    text: 'We ask about your running, your training week, earlier injuries and what the pain stops you doing.',
  },
  {
    title: 'A careful examination',
    text: 'We look at how your spine, pelvis and hips move, and test strength, reflexes and sensation.',
  },
  {
    title: 'A plan you agree with',
    text: 'We explain what we found in plain words and agree next steps together, including exercises for home.',
  },
];

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text;
}

export default async function HomePage() {
  if (renderingAtBuild()) return null;
  const [clinic, hours, services, team] = await Promise.all([
    getClinic(),
    listOpeningHours(),
    listActiveServices(),
    listActivePractitioners(),
  ]);
  const consultation = services.find((s) => s.slug === 'new-patient-consultation');

  return (
    <>
      <ClinicJsonLd clinic={clinic} hours={hours} />

      <section aria-labelledby="hero-title" className="bg-gradient-to-b from-sand-100 to-cream">
        <Container className="grid items-center gap-10 py-12 sm:py-16 lg:grid-cols-[1.15fr_1fr] lg:py-20">
          <div>
            <p className="mb-3 eyebrow">
              Chiropractic for runners · {clinic.city}, {clinic.region}
            </p>
            <h1 id="hero-title" className="text-display">
              Care for runners with back, hip and leg pain
            </h1>
            <p className="mt-5 max-w-xl text-lead text-muted">
              We help runners and active people understand what is behind their pain and get moving
              comfortably again, with hands-on treatment, clear explanations and a plan you agree
              with.
            </p>
            <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
              <ButtonLink href="/book" size="lg">
                Book an appointment
              </ButtonLink>
              <ButtonLink
                href={telHref(clinic.phone)}
                variant="secondary"
                size="lg"
                className="whitespace-nowrap"
              >
                <PhoneIcon className="size-5" /> Call {formatPhone(clinic.phone)}
              </ButtonLink>
            </div>
            <ul className="mt-8 space-y-2 text-ink">
              {[
                'An unhurried first visit with a full exam',
                'Plain-language explanations, no jargon',
                'Exercises that keep you improving between visits',
              ].map((point) => (
                <li key={point} className="flex gap-2.5">
                  <CheckIcon className="mt-1 size-5 text-brand-700" />
                  {point}
                </li>
              ))}
            </ul>
          </div>
          <div className="hidden overflow-hidden rounded-[2rem] shadow-card lg:block">
            <TrailIllustration className="aspect-[6/5] h-auto w-full" />
          </div>
        </Container>
      </section>

      <section aria-labelledby="who-title" className="py-14 sm:py-20">
        <Container className="grid gap-10 lg:grid-cols-[1fr_1.1fr] lg:items-start">
          <SectionHeading
            id="who-title"
            eyebrow="Who we help"
            title="For runners and active people"
          >
            <p>
              Whether you run a few miles before work or train for ultras, pain changes how you
              move. We see walkers, hikers, cyclists and anyone whose back is stopping them doing
              what they enjoy.
            </p>
          </SectionHeading>
          <ul className="grid gap-3 sm:grid-cols-2">
            {whoWeHelp.map((item) => (
              <li key={item} className="flex gap-3 rounded-xl border border-sand-200 bg-white p-4">
                <CheckIcon className="mt-0.5 size-6 text-brand-700" />
                <span>{item}</span>
              </li>
            ))}
          </ul>
        </Container>
      </section>

      <section
        aria-labelledby="therapies-title"
        className="border-y border-sand-200 bg-sand-50 py-14 sm:py-20"
      >
        <Container>
          <div className="flex flex-wrap items-end justify-between gap-4">
            <SectionHeading id="therapies-title" eyebrow="Therapies" title="How we can help">
              <p>Every plan starts with listening. These are the treatments we combine for you.</p>
            </SectionHeading>
            <Link href="/therapies" className="arrow-link">
              All therapies <ArrowRightIcon className="size-4" />
            </Link>
          </div>
          <ul className="mt-10 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
            {services.map((service) => (
              <li key={service.slug}>
                <ServiceCard service={service} />
              </li>
            ))}
            <li className="flex flex-col justify-center rounded-card border-2 border-dashed border-sand-300 p-5 sm:p-6">
              <p className="font-serif text-xl font-semibold text-brand-900 sm:text-2xl">
                Not sure which to choose?
              </p>
              <p className="mt-3 text-muted">
                Start with a consultation: we will examine you and recommend what suits you. Or call
                us and we will help you decide.
              </p>
              <ButtonLink
                href={consultation ? bookTherapyHref(consultation.slug) : '/book'}
                className="mt-5 self-start"
              >
                Book a consultation
              </ButtonLink>
            </li>
          </ul>
        </Container>
      </section>

      <section aria-labelledby="visit-title" className="py-14 sm:py-20">
        <Container>
          <SectionHeading
            id="visit-title"
            eyebrow="Your first visit"
            title="How a first visit works"
          >
            {consultation ? (
              <p>
                New patients start with a {formatDurationAdjective(consultation.durationMinutes)}{' '}
                <Link
                  href={`/therapies/${consultation.slug}`}
                  className="font-semibold text-brand-800 underline underline-offset-4"
                >
                  consultation and exam
                </Link>{' '}
                ({formatPrice(consultation.priceCents)}). Nothing is rushed, and you can ask
                anything.
              </p>
            ) : (
              <p>New patients start with an unhurried consultation and exam.</p>
            )}
          </SectionHeading>
          <ol className="mt-10 grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
            {firstVisitSteps.map((step, i) => (
              <li key={step.title} className="card sm:p-5">
                <div className="flex items-center gap-3 lg:flex-col lg:items-start">
                  <span aria-hidden="true" className="step-number">
                    {i + 1}
                  </span>
                  <h3 className="text-xl">{step.title}</h3>
                </div>
                <p className="mt-2 text-muted">{step.text}</p>
              </li>
            ))}
          </ol>
        </Container>
      </section>

      <section
        aria-labelledby="team-title"
        className="border-y border-sand-200 bg-sand-50 py-14 sm:py-20"
      >
        <Container>
          <div className="flex flex-wrap items-end justify-between gap-4">
            <SectionHeading
              id="team-title"
              eyebrow="Our team"
              title="Meet the people who will treat you"
            />
            <Link href="/team" className="arrow-link">
              Meet the team <ArrowRightIcon className="size-4" />
            </Link>
          </div>
          <ul className="mt-10 grid gap-5 md:grid-cols-3">
            {team.map((person) => (
              <li key={person.slug}>
                <Card className="flex h-full items-start gap-4">
                  <InitialsAvatar
                    name={person.name}
                    color={person.color}
                    className="size-14 text-lg"
                  />
                  <div className="min-w-0">
                    <h3 className="text-xl">
                      <Link
                        href={`/team#${person.slug}`}
                        className="text-brand-900 underline-offset-4 hover:underline"
                      >
                        {person.name}
                      </Link>
                    </h3>
                    <p className="mt-1 text-[0.95rem] text-muted">{person.title}</p>
                    {person.bio ? (
                      <p className="mt-3 text-[0.95rem]">{firstSentence(person.bio)}</p>
                    ) : null}
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        </Container>
      </section>

      <section aria-labelledby="hours-title" className="py-14 sm:py-20">
        <Container className="grid gap-6 md:grid-cols-2">
          <Card>
            <h2 id="hours-title" className="text-2xl sm:text-3xl">
              Opening hours
            </h2>
            <OpeningHoursTable hours={hours} className="mt-4" />
          </Card>
          <Card className="flex flex-col">
            <h2 className="text-2xl sm:text-3xl">Find us</h2>
            <address className="mt-5 space-y-4 not-italic">
              <p className="flex gap-3">
                <MapPinIcon className="mt-0.5 size-6 text-brand-700" />
                <span>
                  {clinic.addressLine1}
                  {clinic.addressLine2 ? `, ${clinic.addressLine2}` : ''}
                  <br />
                  {clinic.city}, {clinic.region} {clinic.postalCode}
                </span>
              </p>
              <p className="flex gap-3">
                <PhoneIcon className="mt-0.5 size-6 text-brand-700" />
                <a
                  href={telHref(clinic.phone)}
                  className="font-semibold whitespace-nowrap text-brand-800 underline underline-offset-4"
                >
                  {formatPhone(clinic.phone)}
                </a>
              </p>
              <p className="flex min-w-0 gap-3">
                <MailIcon className="mt-0.5 size-6 text-brand-700" />
                <a
                  href={`mailto:${clinic.email}`}
                  className="min-w-0 font-semibold break-words text-brand-800 underline underline-offset-4"
                >
                  {clinic.email}
                </a>
              </p>
            </address>
            <p className="mt-6 pt-2 md:mt-auto">
              <Link href="/contact" className="arrow-link">
                Getting here: parking and transit <ArrowRightIcon className="size-4" />
              </Link>
            </p>
          </Card>
        </Container>
      </section>

      <LatestArticles className="border-t border-sand-200 bg-sand-50 py-14 sm:py-20" />

      <section aria-labelledby="cta-title" className="on-dark bg-brand-800 text-brand-100">
        <Container className="flex flex-col gap-6 py-12 sm:py-16 md:flex-row md:items-center md:justify-between">
          <div className="max-w-2xl">
            <h2 id="cta-title" className="text-3xl text-cream sm:text-4xl">
              Ready to run more comfortably?
            </h2>
            <p className="mt-3 text-lead">
              Book online in a couple of minutes, or call us and we will help you choose the right
              first appointment.
            </p>
          </div>
          <div className="flex shrink-0 flex-col gap-3 sm:flex-row md:flex-col lg:flex-row">
            <ButtonLink
              href={consultation ? bookTherapyHref(consultation.slug) : '/book'}
              variant="light"
              size="lg"
              className="whitespace-nowrap"
            >
              Book a new-patient consultation
            </ButtonLink>
            <a
              href={telHref(clinic.phone)}
              className="whitespace-nowrap inline-flex min-h-12 items-center justify-center gap-2 rounded-full border-2 border-cream/70 px-6 font-semibold text-cream no-underline hover:bg-white/10"
            >
              <PhoneIcon className="size-5" /> Call {formatPhone(clinic.phone)}
            </a>
          </div>
        </Container>
      </section>
    </>
  );
}

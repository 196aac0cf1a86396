import type { Metadata } from 'next';
import { renderingAtBuild } from '@/lib/content/prerender';
import { CallbackForm } from '@/components/contact/callback-form';
import { ClinicJsonLd } from '@/components/json-ld';
import { ButtonLink } from '@/components/ui/button-link';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import {
  BikeIcon,
  CarIcon,
  InfoIcon,
  MailIcon,
  MapPinIcon,
  PhoneIcon,
  TransitIcon,
} from '@/components/ui/icons';
import { OpeningHoursTable } from '@/components/ui/opening-hours-table';
import { PageHeader } from '@/components/ui/page-header';
import { SafetyBox } from '@/components/ui/red-flags';
import { getClinic, listOpeningHours } from '@/db/queries/clinic';
import { formatPhone, telHref } from '@/lib/format';
import { CALLBACK_FORM } from '@/lib/messages/callback';
import { issueFormToken } from '@/lib/messages/form-token';

// Cached; the dashboard's clinic and closure actions revalidate it when its data changes
// (refreshSite in app/(staff)/dashboard/clinic/actions.ts, and closures/actions.ts).
export const revalidate = 3600;

export const metadata: Metadata = {
  title: 'Contact and opening hours',
  description:
    'Address, phone, e-mail, opening hours, parking and transit for Larkfield Stride Chiropractic in Portland, OR.',
  alternates: { canonical: '/contact' },
};

// Generic placeholder directions for the demo clinic: replace with the real ones.
const gettingHere = [
  {
    Icon: TransitIcon,
    label: 'By transit',
    text: 'several bus lines stop within a five-minute walk, and the nearest light-rail stop is about ten minutes away on foot.',
  },
  {
    Icon: CarIcon,
    label: 'By car',
    text: 'metered street parking is available nearby, and there is a public garage a short walk away.',
  },
  { Icon: BikeIcon, label: 'By bike', text: 'there is covered bike parking next to the building.' },
  {
    Icon: InfoIcon,
    label: 'Access',
    text: 'if you need step-free access or any help getting in, call ahead and we will make sure you are met at the door.',
  },
];

const linkClass = 'font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-900';

export default async function ContactPage() {
  if (renderingAtBuild()) return null;
  const [clinic, hours] = await Promise.all([getClinic(), listOpeningHours()]);
  const phone = formatPhone(clinic.phone);

  return (
    <>
      <ClinicJsonLd clinic={clinic} hours={hours} />
      <PageHeader title="Contact and opening hours" eyebrow="Get in touch">
        <p>
          Call us, e-mail us or book online. If you are not sure which appointment you need, phone
          and we will help you choose.
        </p>
      </PageHeader>

      <Container className="grid items-start gap-6 py-12 sm:py-16 lg:grid-cols-2">
        <div className="grid gap-6">
          <Card as="section">
            <h2 className="text-2xl sm:text-3xl">Reach us</h2>
            <address className="mt-6 space-y-5 not-italic">
              <div className="flex gap-3">
                <MapPinIcon className="mt-0.5 size-6 text-brand-700" />
                <div>
                  <p className="font-semibold">Address</p>
                  <p>
                    {clinic.name}
                    <br />
                    {clinic.addressLine1}
                    {clinic.addressLine2 ? (
                      <>
                        <br />
                        {clinic.addressLine2}
                      </>
                    ) : null}
                    <br />
                    {clinic.city}, {clinic.region} {clinic.postalCode}
                  </p>
                </div>
              </div>
              <div className="flex gap-3">
                <PhoneIcon className="mt-0.5 size-6 text-brand-700" />
                <div>
                  <p className="font-semibold">Phone</p>
                  <a href={telHref(clinic.phone)} className={`whitespace-nowrap ${linkClass}`}>
                    {phone}
                  </a>
                </div>
              </div>
              <div className="flex min-w-0 gap-3">
                <MailIcon className="mt-0.5 size-6 text-brand-700" />
                <div className="min-w-0">
                  <p className="font-semibold">E-mail</p>
                  <a href={`mailto:${clinic.email}`} className={`${linkClass} break-words`}>
                    {clinic.email}
                  </a>
                  <p className="mt-1 text-[0.95rem] text-muted">
                    We usually reply within one working day, so please don’t use e-mail for anything
                    urgent.
                  </p>
                </div>
              </div>
            </address>
            <div className="mt-8 flex flex-col gap-3 sm:flex-row">
              <ButtonLink href="/book" size="lg">
                Book an appointment
              </ButtonLink>
              <ButtonLink
                href={telHref(clinic.phone)}
                variant="secondary"
                size="lg"
                className="whitespace-nowrap"
              >
                <PhoneIcon className="size-5" /> Call us
              </ButtonLink>
            </div>
          </Card>

          <SafetyBox
            id="urgent-title"
            title="Need help urgently?"
            clinicPhone={clinic.phone}
            footer={
              <p className="mt-3">
                For anything else that can’t wait, call us on{' '}
                <a href={telHref(clinic.phone)} className={`whitespace-nowrap ${linkClass}`}>
                  {phone}
                </a>{' '}
                during opening hours and we will advise you.
              </p>
            }
          />
        </div>

        <div className="grid gap-6">
          <Card as="section">
            <h2 id="opening-hours" className="text-2xl sm:text-3xl">
              Opening hours
            </h2>
            <OpeningHoursTable hours={hours} className="mt-4" />
            <p className="mt-4 text-[0.95rem] text-muted">
              Times are Portland (Pacific) local time.
            </p>
          </Card>

          <Card as="section">
            <h2 className="text-2xl sm:text-3xl">Getting here</h2>
            <ul className="mt-5 space-y-4">
              {gettingHere.map(({ Icon, label, text }) => (
                <li key={label} className="flex gap-3">
                  <Icon className="mt-0.5 size-6 text-brand-700" />
                  <p>
                    <strong>{label}:</strong> {text}
                  </p>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </Container>

      <Container className="pb-12 sm:pb-16">
        <section
          id="call-back"
          aria-labelledby="call-back-title"
          className="rounded-card border border-sand-200 bg-white p-5 shadow-card sm:p-8"
        >
          <h2 id="call-back-title" className="text-2xl sm:text-3xl">
            Ask us to call you back
          </h2>
          <p id="call-back-promise" className="mt-3 max-w-[60ch]">
            Leave your details and we will call you back within one working day, during opening
            hours. This form is not for emergencies: for anything urgent, see the advice above.
          </p>
          <div className="mt-6 max-w-3xl">
            <CallbackForm formToken={issueFormToken(CALLBACK_FORM)} clinicPhone={phone} />
          </div>
        </section>
      </Container>
    </>
  );
}

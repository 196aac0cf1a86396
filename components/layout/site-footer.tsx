import Link from 'next/link';
import { Container } from '@/components/ui/container';
import { SafetyFooterNote } from '@/components/ui/red-flags';
import { AlertIcon, MailIcon, MapPinIcon, PhoneIcon } from '@/components/ui/icons';
import type { ClinicContact, OpeningHours } from '@/db/queries/clinic';
import { formatPhone, groupOpeningHours, telHref } from '@/lib/format';
import { navItems } from './nav-items';
import { Wordmark } from './wordmark';

const linkClass = 'footer-link';

export function SiteFooter({ clinic, hours }: { clinic: ClinicContact; hours: OpeningHours[] }) {
  return (
    <footer className="on-dark mt-auto bg-brand-900 text-brand-100">
      <Container className="grid gap-10 py-12 sm:py-14 md:grid-cols-2 lg:grid-cols-[1.3fr_1fr_0.8fr]">
        <div>
          <Wordmark tone="light" />
          <address className="mt-6 space-y-3 not-italic">
            <p className="flex gap-3">
              <MapPinIcon className="mt-0.5 size-5 text-brand-200" />
              <span>
                {clinic.addressLine1}
                {clinic.addressLine2 ? <>, {clinic.addressLine2}</> : null}
                <br />
                {clinic.city}, {clinic.region} {clinic.postalCode}
              </span>
            </p>
            <p className="flex gap-3">
              <PhoneIcon className="mt-0.5 size-5 text-brand-200" />
              <a href={telHref(clinic.phone)} className={`whitespace-nowrap ${linkClass}`}>
                {formatPhone(clinic.phone)}
              </a>
            </p>
            <p className="flex min-w-0 gap-3">
              <MailIcon className="mt-0.5 size-5 text-brand-200" />
              <a href={`mailto:${clinic.email}`} className={`${linkClass} min-w-0 break-words`}>
                {clinic.email}
              </a>
            </p>
          </address>
        </div>

        <div>
          <h2 className="font-sans text-base font-semibold tracking-wider text-cream uppercase">
            Opening hours
          </h2>
          <dl className="mt-4 space-y-2">
            {groupOpeningHours(hours).map((group) => (
              <div key={group.days} className="flex flex-wrap justify-between gap-x-4">
                <dt className="font-medium text-cream">{group.days}</dt>
                <dd>{group.hours}</dd>
              </div>
            ))}
          </dl>
        </div>

        <nav aria-label="Footer">
          <h2 className="font-sans text-base font-semibold tracking-wider text-cream uppercase">
            Explore
          </h2>
          <ul className="mt-3 space-y-1">
            {navItems.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={`${linkClass} inline-block py-1`}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/book" className={`${linkClass} inline-block py-1`}>
                Book an appointment
              </Link>
            </li>
          </ul>
        </nav>
      </Container>

      <div className="border-t border-white/15">
        <Container className="py-8">
          <div className="flex gap-3 rounded-xl border border-white/15 bg-white/5 p-4 sm:p-5">
            <AlertIcon className="mt-0.5 size-6 text-focus-on-dark" />
            <SafetyFooterNote linkClass={linkClass} />
          </div>
          <p className="mt-6 text-sm">
            © {new Date().getFullYear()} {clinic.name}, {clinic.city}, {clinic.region}.
          </p>
        </Container>
      </div>
    </footer>
  );
}

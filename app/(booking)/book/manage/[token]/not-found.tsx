import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { PhoneIcon } from '@/components/ui/icons';
import { FALLBACK_PHONE, formatPhone, telHref } from '@/lib/format';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = {
  title: { absolute: 'Booking not found · Larkfield Stride Chiropractic' },
  robots: { index: false },
};

/** An unknown or mistyped manage link: say so plainly, and offer the phone. */
export default function BookingNotFound() {
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-2xl">
        <h1 className="text-3xl sm:text-4xl">We can’t find that booking</h1>
        <p className="mt-4 text-lead text-muted">
          The link may be incomplete: check that you copied all of it from your confirmation. If it
          still doesn’t work, call us and we’ll look it up for you.
        </p>
        <div className="mt-6 flex flex-col gap-3 sm:flex-row">
          <a
            href={telHref(FALLBACK_PHONE)}
            className={buttonClasses({ variant: 'cta', size: 'lg' }, 'whitespace-nowrap')}
          >
            <PhoneIcon className="size-5" /> Call {formatPhone(FALLBACK_PHONE)}
          </a>
          <ButtonLink href="/book" variant="secondary" size="lg">
            Book an appointment
          </ButtonLink>
        </div>
      </div>
    </Container>
  );
}

import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { FocusHeading } from '@/components/ui/focus-heading';
import { PhoneIcon } from '@/components/ui/icons';
import { formatPhone, telHref } from '@/lib/format';
import { buttonClasses } from '@/components/ui/button';

/**
 * A manage link whose booking has ended (cancelled, or the visit long past): only that, and the
 * clinic's phone. No name, therapy, practitioner or time: whoever holds an old link learns nothing.
 * Plain markup: the same page with JavaScript off.
 */
export function BookingEnded({
  clinic,
  justCancelled,
}: {
  clinic: { name: string; phone: string };
  /** Straight after the patient cancelled through this link: say it worked. */
  justCancelled: boolean;
}) {
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-2xl">
        <FocusHeading className="text-3xl sm:text-4xl">This booking has ended</FocusHeading>
        <div aria-live="polite">
          {justCancelled ? (
            <p className="mt-4 text-lead text-ink">
              Your appointment has been cancelled. Thank you for letting us know.
            </p>
          ) : null}
        </div>
        <p className="mt-4 text-lead text-muted">
          This link no longer shows the booking’s details. For anything about a visit, or to book
          again by phone, call {clinic.name}.
        </p>
        <div className="mt-6 flex flex-col gap-3 sm:flex-row">
          <a
            href={telHref(clinic.phone)}
            className={buttonClasses({ variant: 'cta', size: 'lg' }, 'whitespace-nowrap')}
          >
            <PhoneIcon className="size-5" /> Call {formatPhone(clinic.phone)}
          </a>
          <ButtonLink href="/book" variant="secondary" size="lg">
            Book an appointment
          </ButtonLink>
        </div>
      </div>
    </Container>
  );
}

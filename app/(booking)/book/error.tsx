'use client';

import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { PhoneIcon } from '@/components/ui/icons';
import { FALLBACK_PHONE, formatPhone, telHref } from '@/lib/format';
import { buttonClasses } from '@/components/ui/button';

/**
 * A step failed to load. The URL still holds every choice and this device still holds what was
 * typed, so "Try again" picks up where the patient was. Never shows the error itself.
 */
export default function BookingError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <Container className="py-12 sm:py-16">
      <title>Booking is having trouble · Larkfield Stride Chiropractic</title>
      <div className="max-w-2xl">
        <h1 className="text-3xl sm:text-4xl">Sorry, this step didn’t load</h1>
        <p className="mt-4 text-lead text-muted" role="status">
          It’s a problem on our side. Your choices so far are kept: please try again in a moment.
        </p>
        <div className="mt-6 flex flex-col gap-3 sm:flex-row">
          <button
            type="button"
            onClick={() => retry()}
            className={buttonClasses({ variant: 'cta', size: 'lg' })}
          >
            Try again
          </button>
          <ButtonLink href="/book" variant="secondary" size="lg">
            Start again
          </ButtonLink>
        </div>
        <div className="mt-8 rounded-card border border-sand-200 bg-white p-5">
          <p className="font-semibold text-ink">Prefer to book by phone?</p>
          <a
            href={telHref(FALLBACK_PHONE)}
            className="whitespace-nowrap mt-2 inline-flex min-h-11 items-center gap-2 font-semibold text-brand-800 underline underline-offset-4"
          >
            <PhoneIcon className="size-5" />
            Call {formatPhone(FALLBACK_PHONE)}
          </a>
        </div>
      </div>
    </Container>
  );
}

import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { AppointmentDetails, WhatToBring } from '@/components/booking/appointment-details';
import { BookingEnded } from '@/components/booking/booking-ended';
import { CopyLink } from '@/components/booking/copy-link';
import { SeeDoctorTodayGuidance } from '@/components/booking/red-flag-guidance';
import { ManageChanges } from '@/components/booking/manage-changes';
import { EarlierTimeLink } from '@/components/waitlist/earlier-link';
import { Container } from '@/components/ui/container';
import { FocusHeading } from '@/components/ui/focus-heading';
import { CalendarIcon, CheckIcon } from '@/components/ui/icons';
import { getBookingPolicy } from '@/db/queries/booking-flow';
import { openManageLink } from '@/lib/appointments/online/by-token';
import { siteUrl } from '@/lib/env';
import { isWellFormedManageToken } from '@/lib/appointments/online/manage-token';
import { triageRedFlags } from '@/lib/clinical/red-flags';
import { cancelBookingAction, rescheduleBookingAction } from './actions';
import { buttonClasses } from '@/components/ui/button';

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: 'Your appointment' };

/** The site's configured address (SITE_URL), else the one this request came in on. */
function absoluteUrl(path: string, requestHeaders: Headers): string {
  const host = requestHeaders.get('host');
  const local = host !== null && /^(localhost|127\.|\[::1\])/.test(host);
  return siteUrl(path, host ? `${local ? 'http' : 'https'}://${host}` : undefined).href;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The patient's own booking, reached only through the secret link. GET never changes anything. */
export default async function ManageBookingPage({ params, searchParams }: Props) {
  const { token } = await params;
  if (!isWellFormedManageToken(token)) notFound();
  const [link, policy, query, requestHeaders] = await Promise.all([
    openManageLink(token),
    getBookingPolicy(),
    searchParams,
    headers(),
  ]);
  if (!link) notFound();
  if (link.kind === 'ended')
    return <BookingEnded clinic={link.clinic} justCancelled={one(query.done) === 'cancelled'} />;
  const { booking } = link;

  const path = `/book/manage/${token}`;
  const manageUrl = absoluteUrl(path, requestHeaders);
  const justBooked = one(query.booked) === '1';
  const notice = one(query.done);
  const action = one(query.action);
  // While choosing a new time or confirming a cancellation, only that panel follows the details.
  const changing = booking.canChange && (action === 'cancel' || action === 'reschedule');

  return (
    <Container className="py-8 sm:py-12">
      <div className="max-w-3xl space-y-8">
        <header>
          {justBooked ? (
            <p className="mb-3 inline-flex items-center gap-2 rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-800">
              <CheckIcon className="size-4" /> Booking confirmed
            </p>
          ) : null}
          <FocusHeading className="text-3xl sm:text-4xl" focusKey={changing ? null : undefined}>
            {justBooked
              ? `You’re booked, ${booking.patientFirstName}`
              : `Your appointment, ${booking.patientFirstName}`}
          </FocusHeading>
          <div aria-live="polite">
            {notice === 'rescheduled' ? (
              <p className="mt-3 text-lead text-ink">
                Done: your appointment has moved to the new time below.
              </p>
            ) : null}
          </div>
          {justBooked ? (
            <p className="mt-3 text-lead text-muted">
              See you soon. Everything you need is on this page, and we’re e-mailing you a
              confirmation too.
            </p>
          ) : null}
        </header>

        {booking.screening ? (
          <SeeDoctorTodayGuidance
            id="screening"
            headingLevel="h2"
            flags={triageRedFlags(booking.screening.flags).seeDoctorToday}
          />
        ) : null}

        <AppointmentDetails booking={booking} city={policy.city} />

        {changing ? null : (
          <>
            <a
              href={`${path}/calendar.ics`}
              download="larkfield-stride-appointment.ics"
              className={buttonClasses({ variant: 'secondary', size: 'lg' })}
            >
              <CalendarIcon className="size-5" /> Add to calendar
            </a>
            <WhatToBring />
          </>
        )}

        <ManageChanges
          booking={booking}
          path={path}
          query={query}
          city={policy.city}
          horizonDays={policy.bookingHorizonDays}
          cancelAction={cancelBookingAction.bind(null, token)}
          rescheduleAction={rescheduleBookingAction.bind(null, token)}
        />

        {booking.canChange && !changing ? <EarlierTimeLink path={path} /> : null}

        {!changing ? (
          <section
            aria-labelledby="link-heading"
            className="rounded-card border border-sand-200 bg-white p-4 sm:p-6"
          >
            <h2 id="link-heading" className="text-xl">
              Save your link
            </h2>
            <p className="mt-2 text-ink">
              This private link is how you change or cancel online. Keep it somewhere safe and don’t
              share it.
            </p>
            <div className="mt-3">
              <CopyLink url={manageUrl} />
            </div>
          </section>
        ) : null}
      </div>
    </Container>
  );
}

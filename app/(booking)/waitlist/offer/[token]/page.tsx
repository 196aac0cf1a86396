import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { flowHref } from '@/components/booking/flow-url';
import { formatSlotDateTime, formatSlotTime } from '@/lib/time/slot-format';
import { Container } from '@/components/ui/container';
import { getBookingPolicy } from '@/db/queries/booking-flow';
import { loadPolicyAndService } from '@/db/queries/availability';
import { nextOpenTimes } from '@/lib/appointments/open-times';
import { clinicIsoFormatter } from '@/lib/availability/clinic-time';
import { findOfferByToken } from '@/lib/waitlist/claim';
import { changeEntryFromOfferAction, claimOfferAction } from '../../actions';
import { ClaimForm } from './claim-form';

export const metadata: Metadata = { title: 'A time has opened' };

type Props = { params: Promise<{ token: string }> };

const secondary =
  'min-h-12 cursor-pointer rounded-full border-2 px-5 py-2.5 font-semibold hover:bg-sand-50';

/**
 * An offer's claim page. GET changes nothing (mail scanners follow links): booking takes a press
 * of the button. A used, expired, unknown or foreign link is one plain "no longer available".
 */
export default async function OfferPage({ params }: Props) {
  const { token } = await params;
  const now = new Date();
  const [offer, policy] = await Promise.all([findOfferByToken(token, now), getBookingPolicy()]);
  if (!offer) notFound();
  const iso = clinicIsoFormatter(policy.timeZone)(offer.startsAt);
  const when = formatSlotDateTime(iso, policy.timeZone);

  if (offer.state === 'superseded') {
    const { policy: full, service } = await loadPolicyAndService(offer.serviceSlug);
    const next = service
      ? await nextOpenTimes({
          policy: full,
          service,
          practitionerId: offer.entryPractitionerId,
          now,
          minimumNotice: true,
          after: now,
        })
      : [];
    return (
      <Container className="py-8 sm:py-12">
        <div className="max-w-2xl space-y-6">
          <h1 className="text-3xl sm:text-4xl">Just taken</h1>
          <p className="text-lead text-ink">
            Someone booked {when} a moment before you. You’re still on the waitlist, and we’ll
            e-mail you when another time opens.
          </p>
          {next.length > 0 ? (
            <section aria-labelledby="next-heading">
              <h2 id="next-heading" className="text-xl">
                Or book one of the next open times
              </h2>
              <ul className="mt-3 flex flex-wrap gap-2">
                {next.map((slot) => (
                  <li key={`${slot.start}-${slot.practitionerId}`}>
                    <Link
                      className="inline-flex min-h-12 items-center rounded-lg border border-sand-300 bg-white px-4 font-semibold no-underline hover:bg-brand-50"
                      href={flowHref({
                        service: offer.serviceSlug,
                        practitioner: offer.entryPractitionerSlug ?? 'any',
                        date: slot.start.slice(0, 10),
                        start: slot.start,
                        step: 'details',
                      })}
                    >
                      {formatSlotDateTime(slot.start, policy.timeZone, false)}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </Container>
    );
  }

  const until = formatSlotTime(
    clinicIsoFormatter(policy.timeZone)(offer.expiresAt),
    policy.timeZone,
  );
  return (
    <Container className="py-8 sm:py-12">
      <div className="max-w-2xl space-y-6">
        <h1 className="text-3xl sm:text-4xl">A time has opened for you</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-card border border-sand-200 bg-white p-4 sm:p-6">
          <dt className="font-semibold">When</dt>
          <dd>{when}</dd>
          <dt className="font-semibold">Therapy</dt>
          <dd>
            {offer.serviceName} ({offer.durationMinutes} minutes)
          </dd>
          <dt className="font-semibold">With</dt>
          <dd>{offer.practitionerName}</dd>
        </dl>
        <p>
          This offer is open until {until}. A few people on the waitlist heard about this time
          together: the first to book it gets it.
          {offer.linkedStartsAt
            ? ` Booking it moves your appointment on ${formatSlotDateTime(
                clinicIsoFormatter(policy.timeZone)(offer.linkedStartsAt),
                policy.timeZone,
              )} to this earlier time.`
            : ''}
        </p>
        <ClaimForm
          action={claimOfferAction.bind(null, token)}
          label={offer.linkedStartsAt ? 'Move my appointment to this time' : 'Book this time'}
        />
        <section aria-labelledby="stop-heading" className="border-t border-sand-200 pt-6">
          <h2 id="stop-heading" className="text-xl">
            Not for you?
          </h2>
          <p className="mt-2">
            Ignore this e-mail and we’ll offer you the next time that suits, or:
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <form action={changeEntryFromOfferAction.bind(null, token, 'pause')}>
              <button type="submit" className={`${secondary} border-brand-800 text-brand-800`}>
                Pause offers
              </button>
            </form>
            <form action={changeEntryFromOfferAction.bind(null, token, 'leave')}>
              <button type="submit" className={`${secondary} border-clay-700 text-clay-800`}>
                Leave the waitlist
              </button>
            </form>
          </div>
        </section>
      </div>
    </Container>
  );
}

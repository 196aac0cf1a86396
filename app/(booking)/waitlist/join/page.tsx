import type { Metadata } from 'next';
import { Container } from '@/components/ui/container';
import { WaitlistForm } from '@/components/waitlist/waitlist-form';
import { getBookingPolicy } from '@/db/queries/booking-flow';
import { listWaitlistChoices } from '@/db/queries/waitlist';
import { latestDateRange } from '@/lib/waitlist/form-dates';
import { joinWaitlistAction } from '../actions';

export const metadata: Metadata = { title: 'Join the waitlist' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** "None of these times work?": the booking flow's time step links here with its choices. */
export default async function JoinWaitlistPage({ searchParams }: Props) {
  const [query, choices, policy] = await Promise.all([
    searchParams,
    listWaitlistChoices(),
    getBookingPolicy(),
  ]);
  const service = choices.services.find((s) => s.slug === one(query.service));
  const wanted = one(query.practitioner);
  const practitioner = choices.practitioners.find(
    (p) =>
      (p.slug === wanted || p.id === wanted) && (!service || p.serviceSlugs.includes(service.slug)),
  );
  const dates = latestDateRange(policy);
  return (
    <Container className="py-8 sm:py-12">
      <div className="max-w-2xl">
        <h1 className="text-3xl sm:text-4xl">Join the waitlist</h1>
        <p className="mt-3 text-lead text-ink">
          When someone cancels a time that suits you, we e-mail you straight away with a private
          link to book it. A few people hear about each time at once, and the first to book it gets
          it, so it pays to be quick. You can pause or leave the waitlist from any of our e-mails.
        </p>
        <div className="mt-8 rounded-card border border-sand-200 bg-white p-4 sm:p-6">
          <WaitlistForm
            idPrefix="wl"
            services={choices.services}
            practitioners={choices.practitioners}
            defaults={{
              ...(service ? { service: service.slug } : {}),
              ...(practitioner ? { practitioner: practitioner.id } : {}),
              latestDate: dates.suggested,
            }}
            minDate={dates.min}
            maxDate={dates.max}
            consentText="I agree that the clinic keeps these details to e-mail me when a time opens, until I leave the waitlist or the latest date passes."
            submitLabel="Join the waitlist"
            sentTitle="You’re on the waitlist."
            sentBody="We’ve e-mailed you a private link to see, pause or leave your place. When a time that suits you opens, we’ll e-mail you at once."
            action={joinWaitlistAction}
          />
        </div>
      </div>
    </Container>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Container } from '@/components/ui/container';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import { getBookingPolicy } from '@/db/queries/booking-flow';
import { describePreferences } from '@/lib/waitlist/describe';
import { findEntryByToken } from '@/lib/waitlist/entry';
import { formatLocalDate } from '@/lib/time/slot-format';
import { changeEntryAction } from '../actions';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Your place on the waitlist' };

type Props = { params: Promise<{ token: string }> };

const STATUS_TEXT = {
  waiting: 'You’re on the waitlist. We’ll e-mail you when a time that suits you opens.',
  paused: 'Offers are paused. You keep your place; resume whenever you like.',
  claimed: 'You took a time we offered, so you’re no longer on the waitlist.',
  left: 'You’ve left the waitlist. We won’t e-mail you about openings.',
  expired: 'The latest date you gave has passed, so this waitlist request has ended.',
} as const;

/** A patient's own waitlist entry, reached only through its private link. GET changes nothing. */
export default async function WaitlistEntryPage({ params }: Props) {
  const { token } = await params;
  const [entry, policy] = await Promise.all([
    findEntryByToken(token, new Date()),
    getBookingPolicy(),
  ]);
  if (!entry) notFound();
  const live = entry.status === 'waiting' || entry.status === 'paused';
  return (
    <Container className="py-8 sm:py-12">
      <div className="max-w-2xl space-y-6">
        <h1 className="text-3xl sm:text-4xl">Your place on the waitlist</h1>
        <p className="text-lead text-ink" role="status">
          {STATUS_TEXT[entry.status]}
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-card border border-sand-200 bg-white p-4 sm:p-6">
          <dt className="font-semibold">Therapy</dt>
          <dd>{entry.serviceName}</dd>
          <dt className="font-semibold">With</dt>
          <dd>{entry.practitionerName ?? 'Anyone'}</dd>
          <dt className="font-semibold">When</dt>
          <dd>{describePreferences(entry.weekdays, entry.partsOfDay)}</dd>
          <dt className="font-semibold">Until</dt>
          <dd>{formatLocalDate(entry.latestDate)}</dd>
          {entry.linkedStartsAt ? (
            <>
              <dt className="font-semibold">Earlier than</dt>
              <dd>
                your booking on{' '}
                {formatSlotDateTime(entry.linkedStartsAt.toISOString(), policy.timeZone)}
              </dd>
            </>
          ) : null}
        </dl>
        {live ? (
          <div className="flex flex-wrap gap-3">
            <form
              action={changeEntryAction.bind(
                null,
                token,
                entry.status === 'paused' ? 'resume' : 'pause',
              )}
            >
              <button type="submit" className={buttonClasses({ variant: 'secondary', size: 'lg' })}>
                {entry.status === 'paused' ? 'Resume offers' : 'Pause offers'}
              </button>
            </form>
            <form action={changeEntryAction.bind(null, token, 'leave')}>
              <button
                type="submit"
                className={buttonClasses({ variant: 'dangerOutline', size: 'lg' })}
              >
                Leave the waitlist
              </button>
            </form>
          </div>
        ) : (
          <p>
            <Link href="/book">Book an appointment</Link>
          </p>
        )}
      </div>
    </Container>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Container } from '@/components/ui/container';
import { WaitlistForm } from '@/components/waitlist/waitlist-form';
import { getBookingPolicy } from '@/db/queries/booking-flow';
import { loadPatientContact } from '@/db/queries/patients';
import { listWaitlistChoices } from '@/db/queries/waitlist';
import { findBookingByToken, getBookingByToken } from '@/lib/appointments/online/by-token';
import { isWellFormedManageToken } from '@/lib/appointments/online/manage-token';
import { latestDateRange } from '@/lib/waitlist/form-dates';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import { joinEarlierAction } from '@/app/(booking)/waitlist/actions';

export const metadata: Metadata = { title: 'Want an earlier time?' };

type Props = { params: Promise<{ token: string }> };

/**
 * "Want an earlier time?" after booking: a waitlist entry linked to this appointment. Claiming an
 * offer moves the appointment to the earlier time, so the patient never holds two.
 */
export default async function EarlierTimePage({ params }: Props) {
  const { token } = await params;
  if (!isWellFormedManageToken(token)) notFound();
  const [row, view, choices, policy] = await Promise.all([
    findBookingByToken(token),
    getBookingByToken(token),
    listWaitlistChoices(),
    getBookingPolicy(),
  ]);
  if (!row || !view || !view.canChange) notFound();
  const contact = await loadPatientContact(row.patientId);
  const dates = latestDateRange(policy);
  const latest = view.start.slice(0, 10) < dates.max ? view.start.slice(0, 10) : dates.max;
  return (
    <Container className="py-8 sm:py-12">
      <div className="max-w-2xl">
        <h1 className="text-3xl sm:text-4xl">Want an earlier time?</h1>
        <p className="mt-3 text-lead text-ink">
          You’re booked for {formatSlotDateTime(view.start, view.timeZone)} with{' '}
          {view.practitioner.name}. Tell us which earlier times would suit you: if one opens, we’ll
          e-mail you a link that moves this appointment to it. If you don’t take it, nothing
          changes.
        </p>
        <div className="mt-8 rounded-card border border-sand-200 bg-white p-4 sm:p-6">
          <WaitlistForm
            idPrefix="wl"
            services={choices.services}
            practitioners={choices.practitioners}
            lockService
            defaults={{
              service: row.service.slug,
              practitioner: row.practitionerId,
              latestDate: latest,
              name: contact?.name ?? row.patientName,
              email: contact?.email ?? '',
              phone: contact?.phone ?? '',
            }}
            minDate={dates.min}
            maxDate={dates.max}
            consentText="I agree that the clinic keeps these details to e-mail me when an earlier time opens."
            submitLabel="Tell me about earlier times"
            sentTitle="Done: we’ll tell you if an earlier time opens."
            sentBody="We’ve e-mailed you a private link to see or leave this request. Your booking stays as it is until you take an earlier time."
            action={joinEarlierAction.bind(null, token)}
          />
        </div>
        <p className="mt-6">
          <Link href={`/book/manage/${token}`}>Back to your appointment</Link>
        </p>
      </div>
    </Container>
  );
}

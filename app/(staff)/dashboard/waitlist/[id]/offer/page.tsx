import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import { PageHeading } from '@/components/staff/page-heading';
import { loadPolicyAndService } from '@/db/queries/availability';
import { loadEntryForStaff } from '@/db/queries/waitlist';
import { nextOpenTimes } from '@/lib/appointments/open-times';
import { requireStaff } from '@/lib/auth/guard';
import { UUID } from '@/lib/validations/fields';
import { describePreferences } from '@/lib/waitlist/describe';
import { offerTimeAction } from '../../actions';
import { ActionButton } from '../../entry-buttons';

export const metadata: Metadata = { title: 'Offer a time · Waitlist' };

type Props = { params: Promise<{ id: string }> };

/**
 * "Offer this time" by hand: the next open times for the entry's therapy and practitioner, as a
 * patient could book them online; the offer goes out like an automatic one.
 */
export default async function OfferTimePage({ params }: Props) {
  await requireStaff(['admin', 'front_desk']);
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const entry = await loadEntryForStaff(id);
  if (!entry) notFound();
  const { policy, service } = await loadPolicyAndService(entry.serviceSlug);
  const now = new Date();
  const times =
    service && entry.status === 'waiting'
      ? await nextOpenTimes({
          policy,
          service,
          practitionerId: entry.practitionerId,
          now,
          minimumNotice: true,
          after: now,
        })
      : [];
  return (
    <>
      <PageHeading title={`Offer a time to ${entry.name}`}>
        {entry.serviceName} with {entry.practitionerName ?? 'anyone'} ·{' '}
        {describePreferences(entry.weekdays, entry.partsOfDay)} · until {entry.latestDate}
      </PageHeading>
      {entry.status !== 'waiting' ? (
        <p>This entry is not waiting, so it can’t be offered a time.</p>
      ) : times.length === 0 ? (
        <p>No open times soon for this therapy and practitioner.</p>
      ) : (
        <ul className="max-w-2xl space-y-2">
          {times.map((t) => (
            <li
              key={`${t.start}-${t.practitionerId}`}
              className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-sand-200 bg-white p-3"
            >
              <span>{formatSlotDateTime(t.start, policy.timeZone)}</span>
              <ActionButton
                action={offerTimeAction.bind(null, {
                  entryId: entry.id,
                  practitionerId: t.practitionerId,
                  start: t.start,
                })}
                label="Offer this time"
                pendingLabel="Sending…"
              />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6">
        <Link href="/dashboard/waitlist">Back to the waitlist</Link>
      </p>
    </>
  );
}

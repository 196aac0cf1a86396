import type { Metadata } from 'next';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import Link from 'next/link';
import { PageHeading } from '@/components/staff/page-heading';
import { WaitlistForm } from '@/components/waitlist/waitlist-form';
import { getBookingPolicy } from '@/db/queries/booking-flow';
import { listWaitlist, listWaitlistChoices, type WaitlistRow } from '@/db/queries/waitlist';
import type { WaitlistEntryStatus, WaitlistOfferState } from '@/db/schema';
import { loadCallbackCaller } from '@/db/queries/messages';
import { loadPatientContact } from '@/db/queries/patients';
import { requireStaff } from '@/lib/auth/guard';
import { UUID } from '@/lib/validations/fields';
import { formatPhone } from '@/lib/format';
import { describePreferences } from '@/lib/waitlist/describe';
import { latestDateRange } from '@/lib/waitlist/form-dates';
import { addWaitlistEntryAction, changeWaitlistEntryAction } from './actions';
import { ActionButton } from './entry-buttons';

export const metadata: Metadata = { title: 'Waitlist' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const OFFER_LABELS: Record<WaitlistOfferState, string> = {
  sent: 'Offered, waiting for an answer',
  expired: 'Expired unclaimed',
  claimed: 'Claimed',
  superseded: 'Taken by someone else first',
};
const STATUS_LABELS: Record<WaitlistEntryStatus, string> = {
  waiting: 'Waiting',
  paused: 'Paused',
  claimed: 'Booked from an offer',
  left: 'Left',
  expired: 'Past latest date',
};

/**
 * The waitlist, by therapy and practitioner, oldest first (the order offers go out in), with each
 * entry's offers. The front desk adds phone requests and offers a time by hand.
 */
export default async function WaitlistPage({ searchParams }: Props) {
  await requireStaff(['admin', 'front_desk']);
  const query = await searchParams;
  const showAll = query.show === 'all';
  // "Add to the waitlist" from a patient's record: ?patient=<id> fills in their details.
  const patientId =
    typeof query.patient === 'string' && UUID.test(query.patient) ? query.patient : null;
  // …and from a call-back request: ?caller=<request id> fills in the caller's details.
  const callerId =
    !patientId && typeof query.caller === 'string' && UUID.test(query.caller) ? query.caller : null;
  const [rows, choices, policy, patient] = await Promise.all([
    listWaitlist({
      statuses: showAll
        ? ['waiting', 'paused', 'claimed', 'left', 'expired']
        : ['waiting', 'paused'],
    }),
    listWaitlistChoices(),
    getBookingPolicy(),
    patientId
      ? loadPatientContact(patientId)
      : callerId
        ? loadCallbackCaller(callerId)
        : Promise.resolve(null),
  ]);
  const zone = policy.timeZone;
  const dates = latestDateRange(policy);
  const groups = new Map<string, WaitlistRow[]>();
  for (const row of rows) {
    const key = `${row.serviceName} · ${row.practitionerName ?? 'Anyone'}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const at = (d: Date) => formatSlotDateTime(d.toISOString(), zone);

  return (
    <>
      <PageHeading
        title="Waitlist"
        actions={
          <Link href={showAll ? '/dashboard/waitlist' : '/dashboard/waitlist?show=all'}>
            {showAll ? 'Show waiting entries only' : 'Show past entries too'}
          </Link>
        }
      >
        When a time opens, the waiting entries it suits are offered it by e-mail automatically, in
        the order below. Times in {zone}.
      </PageHeading>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <section aria-labelledby="entries-heading">
          <h2 id="entries-heading" className="text-xl">
            {showAll ? 'All entries' : 'Waiting'} ({rows.length})
          </h2>
          {rows.length === 0 ? <p className="mt-2 text-muted">Nobody is on the waitlist.</p> : null}
          {[...groups.entries()].map(([title, entries]) => (
            <section key={title} className="mt-4" aria-label={title}>
              <h3 className="text-lg font-semibold">{title}</h3>
              <ol className="mt-2 space-y-3">
                {entries.map((e) => (
                  <li key={e.id} className="rounded-xl border border-sand-200 bg-white p-4">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div className="min-w-0">
                        <p className="font-semibold">
                          <Link href={`/dashboard/patients/${e.patientId}`} prefetch={false}>
                            {e.name}
                          </Link>{' '}
                          <span className="text-sm font-normal text-muted">
                            · {STATUS_LABELS[e.status]} · joined {at(e.createdAt)}
                            {e.source === 'staff' ? ' by phone' : ' online'}
                          </span>
                        </p>
                        <p className="text-[0.95rem]">
                          {e.email} · {formatPhone(e.phone)}
                        </p>
                        <p className="text-[0.95rem]">
                          {describePreferences(e.weekdays, e.partsOfDay)} · until {e.latestDate}
                          {e.linkedStartsAt ? ` · earlier than ${at(e.linkedStartsAt)}` : ''}
                        </p>
                      </div>
                      {e.status === 'waiting' || e.status === 'paused' ? (
                        <div className="flex flex-wrap gap-2">
                          {e.status === 'waiting' ? (
                            <Link
                              href={`/dashboard/waitlist/${e.id}/offer`}
                              className="inline-flex min-h-10 items-center rounded-lg border border-brand-700 px-3 text-sm font-semibold text-brand-800 no-underline hover:bg-brand-50"
                            >
                              Offer a time
                            </Link>
                          ) : null}
                          <ActionButton
                            action={changeWaitlistEntryAction.bind(null, {
                              entryId: e.id,
                              change: e.status === 'paused' ? 'resume' : 'pause',
                            })}
                            label={e.status === 'paused' ? 'Resume' : 'Pause'}
                            pendingLabel="Saving…"
                          />
                          <ActionButton
                            action={changeWaitlistEntryAction.bind(null, {
                              entryId: e.id,
                              change: 'leave',
                            })}
                            label="Remove"
                            pendingLabel="Removing…"
                            tone="clay"
                          />
                        </div>
                      ) : null}
                    </div>
                    {e.offers.length > 0 ? (
                      <ul className="mt-2 space-y-1 border-t border-sand-200 pt-2 text-[0.95rem]">
                        {e.offers.map((o) => (
                          <li key={o.id}>
                            {at(o.startsAt)} with {o.practitionerName}: {OFFER_LABELS[o.state]}{' '}
                            <span className="text-muted">
                              (sent {at(o.sentAt)}
                              {o.state === 'sent' ? `, open until ${at(o.expiresAt)}` : ''})
                            </span>
                            {o.appointmentId ? (
                              <>
                                {' '}
                                <Link
                                  href={`/dashboard/appointments/${o.appointmentId}`}
                                  prefetch={false}
                                >
                                  appointment
                                </Link>
                              </>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="mt-2 text-sm text-muted">No offers yet.</p>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
        <section
          aria-labelledby="add-heading"
          className="h-fit rounded-xl border border-sand-200 bg-white p-5"
        >
          <h2 id="add-heading" className="text-xl">
            Add a phone request
          </h2>
          <p className="mt-1 text-sm text-muted">
            The patient gets the same e-mail as online, with their private link to leave.
          </p>
          <div className="mt-3">
            <WaitlistForm
              idPrefix="st"
              services={choices.services}
              practitioners={choices.practitioners}
              defaults={{
                latestDate: dates.suggested,
                ...(patient
                  ? { name: patient.name, email: patient.email ?? '', phone: patient.phone ?? '' }
                  : {}),
              }}
              minDate={dates.min}
              maxDate={dates.max}
              consentText="The patient agreed that we e-mail them when a time opens."
              submitLabel="Add to the waitlist"
              sentTitle="Added to the waitlist."
              sentBody="They’ll get a confirmation e-mail now and an offer when a suitable time opens."
              action={addWaitlistEntryAction}
            />
          </div>
        </section>
      </div>
    </>
  );
}

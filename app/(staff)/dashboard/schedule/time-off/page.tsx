import Link from 'next/link';
import type { Metadata } from 'next';
import { DateTime } from 'luxon';
import { formatLocalDate, formatSlotDateTime, zoneName } from '@/lib/time/slot-format';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listUpcomingTimeOff } from '@/db/queries/schedule';
import { timeRangeLabel, visiblePractitioners } from '@/lib/appointments/views/schedule-view';
import { requireStaff } from '@/lib/auth/guard';
import { canManageSchedule } from '@/lib/auth/roles';
import { ConfirmRemove } from '@/components/staff/schedule/confirm-remove';
import { removeTimeOffAction } from './actions';
import { TimeOffForm } from './time-off-form';

export const metadata: Metadata = { title: 'Time off' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Practitioners block their own time; admin and front desk anyone's. */
export default async function TimeOffPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaff();
  const q = await searchParams;
  const [timeZone, practitioners] = await Promise.all([
    getClinicTimeZone(),
    visiblePractitioners(staff),
  ]);
  const now = new Date();
  const blocks = await listUpcomingTimeOff(
    now,
    practitioners.map((p) => p.id),
  );
  const asked = one(q.practitioner);
  const first = practitioners.find((p) => p.id === asked) ?? practitioners[0];
  const nextHour = DateTime.fromJSDate(now, { zone: timeZone }).plus({ hours: 1 }).startOf('hour');
  const fmt = (d: DateTime) => d.toFormat("yyyy-MM-dd'T'HH:mm");
  const zoneLabel = `${zoneName(timeZone)} (${timeZone})`;

  return (
    <>
      <Link href="/dashboard/schedule" className="text-[0.95rem] font-semibold text-brand-800">
        ‹ Schedule
      </Link>
      <h1 className="mt-3 text-3xl">Time off and blocked time</h1>
      <p className="mt-1 max-w-3xl">
        Blocked time disappears from online booking at once. A block can’t cover booked
        appointments: move or cancel them first.
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
        <section
          aria-labelledby="block-heading"
          className="rounded-xl border border-sand-200 bg-white p-5"
        >
          <h2 id="block-heading" className="text-xl">
            Block time
          </h2>
          <div className="mt-3">
            {first ? (
              <TimeOffForm
                practitioners={practitioners}
                timeZone={timeZone}
                timeZoneLabel={zoneLabel}
                defaults={{
                  practitionerId: first.id,
                  start: fmt(nextHour),
                  end: fmt(nextHour.plus({ hours: 1 })),
                  reason: '',
                }}
              />
            ) : (
              <p>No diary is linked to your account.</p>
            )}
          </div>
        </section>
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading" className="text-xl">
            Upcoming
          </h2>
          {blocks.length === 0 ? (
            <p className="mt-2 text-muted">No time off planned.</p>
          ) : (
            <ul className="mt-2 divide-y divide-sand-200 rounded-xl border border-sand-200 bg-white">
              {blocks.map((b) => {
                const day = DateTime.fromJSDate(b.startsAt, { zone: timeZone }).setLocale('en-US');
                const sameDay = day.hasSame(
                  DateTime.fromJSDate(b.endsAt, { zone: timeZone }),
                  'day',
                );
                const when = sameDay
                  ? `${formatLocalDate(day.toISODate() ?? '')}, ${timeRangeLabel(b.startsAt, b.endsAt, timeZone)}`
                  : `${formatSlotDateTime(b.startsAt.toISOString(), timeZone, false)} – ${formatSlotDateTime(b.endsAt.toISOString(), timeZone, false)}`;
                return (
                  <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                    <span>
                      <span className="font-semibold">{b.practitionerName}</span> · {when}
                      {b.reason ? (
                        <span className="block text-sm text-muted">{b.reason}</span>
                      ) : null}
                    </span>
                    {canManageSchedule(staff, b.practitionerId) ? (
                      <ConfirmRemove
                        remove={removeTimeOffAction.bind(null, { timeOffId: b.id })}
                        label={`time off for ${b.practitionerName}, ${when}`}
                      />
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}

import { DateTime } from 'luxon';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanOverviewPanel } from '@/components/care-plans/plan-overview-panel';
import { formatLocalDate, formatSlotTime, zoneName } from '@/lib/time/slot-format';
import { BarList } from '@/components/staff/bar-list';
import { formatMinutes } from '@/components/staff/labels';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { STATUS_LABELS } from '@/lib/appointments/status-table';
import { countNewCallbacks } from '@/db/queries/messages';
import { requireStaff } from '@/lib/auth/guard';
import { loadOverview } from '@/lib/staff/overview';
import { WaitlistRefilled } from './waitlist-refilled';

export const metadata: Metadata = { title: { absolute: 'Overview · Staff' } };

const statusTone = {
  booked: 'brand',
  confirmed: 'brand',
  arrived: 'brand',
  completed: 'sand',
  no_show: 'clay',
  cancelled: 'clay',
} as const;
const pct = (value: number | null) => (value === null ? 'no data yet' : `${value}%`);

export default async function OverviewPage() {
  const staff = await requireStaff();
  const desk = staff.role === 'admin' || staff.role === 'front_desk';
  const [o, unread] = await Promise.all([
    loadOverview(staff),
    desk ? countNewCallbacks() : Promise.resolve(0),
  ]);
  const zone = o.timeZone;
  // The dashboard's one format for dates and times (the schedule's and the patient record's).
  const day = (date: string) => formatLocalDate(date);
  const todayTotal = o.todayByStatus.reduce((sum, s) => sum + s.count, 0);
  const seen = o.patients.newPatients + o.patients.returningPatients;

  return (
    <>
      <PageHeading title="Overview">
        {formatLocalDate(o.today, true)} ·{' '}
        {o.scope === 'own' ? 'your own diary' : 'the whole clinic'} · times in {zoneName(zone)} (
        {DateTime.now().setZone(zone).offsetNameShort}, {zone})
      </PageHeading>

      {desk ? (
        <p className="mb-5 rounded-xl border border-sand-200 bg-white p-4 text-[0.95rem]">
          <Link href="/dashboard/messages" className="font-semibold">
            {unread === 0
              ? 'No new call-back requests'
              : `${unread} new call-back request${unread === 1 ? '' : 's'}`}
          </Link>
          {unread > 0 ? ' waiting to be called back.' : '.'}
        </p>
      ) : null}

      <div className="grid gap-5 lg:grid-cols-2">
        <Panel title="Today at a glance" id="today">
          <p className="mb-3 text-[0.95rem] text-muted">
            {todayTotal} appointment{todayTotal === 1 ? '' : 's'} today, by status.
          </p>
          <BarList
            label="Today’s appointments by status"
            items={o.todayByStatus.map((s) => ({
              key: s.status,
              label: STATUS_LABELS[s.status],
              value: s.count,
              text: String(s.count),
              tone: statusTone[s.status],
            }))}
          />
        </Panel>

        <PlanOverviewPanel staff={staff} />
        <Panel title="Next patients" id="next">
          {o.next.length === 0 ? (
            <p className="text-muted">No more appointments today.</p>
          ) : (
            <ol className="divide-y divide-sand-200">
              {o.next.map((a) => (
                <li
                  key={a.id}
                  className="flex flex-wrap items-baseline justify-between gap-x-3 py-2"
                >
                  <span className="font-semibold tabular-nums">
                    {formatSlotTime(a.startsAt.toISOString(), zone)}
                  </span>
                  <span className="min-w-0 flex-1">
                    <Link href={`/dashboard/patients/${a.patientId}`} prefetch={false}>
                      {a.patientName}
                    </Link>{' '}
                    <span className="text-muted">
                      · {a.serviceName}
                      {o.scope === 'clinic' ? ` · ${a.practitionerName}` : ''}
                    </span>
                  </span>
                  <span className="text-sm">{STATUS_LABELS[a.status]}</span>
                </li>
              ))}
            </ol>
          )}
        </Panel>

        <Panel title="Utilisation this week" id="utilisation">
          <p className="mb-3 text-[0.95rem] text-muted">
            Booked minutes ÷ working minutes (less time off), {day(o.weekStart)} – {day(o.weekEnd)}.
            Cancelled appointments don’t count as booked.
          </p>
          {o.utilisation.length === 0 ? (
            <p className="text-muted">No practitioners with working hours.</p>
          ) : (
            <BarList
              label="Utilisation by practitioner this week"
              max={100}
              items={o.utilisation.map((u) => ({
                key: u.id,
                label: u.name,
                value: u.percent ?? 0,
                text: `${pct(u.percent)} · ${formatMinutes(u.bookedMinutes)} of ${formatMinutes(u.workingMinutes)}`,
              }))}
            />
          )}
        </Panel>

        <Panel title="New and returning patients" id="patients">
          <p className="mb-3 text-[0.95rem] text-muted">
            Patients seen {day(o.periodStart)} – today ({seen} in all). New: their first visit was
            in this period.
          </p>
          <BarList
            label="Patients seen in the last four weeks"
            items={[
              {
                key: 'new',
                label: 'New patients',
                value: o.patients.newPatients,
                text: String(o.patients.newPatients),
              },
              {
                key: 'returning',
                label: 'Returning patients',
                value: o.patients.returningPatients,
                text: String(o.patients.returningPatients),
                tone: 'sand',
              },
            ]}
          />
        </Panel>

        <Panel title="Cancellations and no-shows" id="attendance" className="lg:col-span-2">
          <p className="mb-3 text-[0.95rem] text-muted">
            Appointments that started {day(o.periodStart)} – now.
          </p>
          <dl className="grid gap-4 sm:grid-cols-3">
            <div>
              <dt className="text-[0.95rem] text-muted">Cancellation rate</dt>
              <dd className="text-2xl font-semibold">{pct(o.cancellations.ratePercent)}</dd>
              <dd className="text-sm">
                {o.cancellations.cancelled} of {o.cancellations.total} appointments
              </dd>
            </div>
            <div>
              <dt className="text-[0.95rem] text-muted">Late cancellations</dt>
              <dd className="text-2xl font-semibold">{o.cancellations.late}</dd>
              <dd className="text-sm">
                less than {o.cancellations.cutoffHours} h before the start
              </dd>
            </div>
            <div>
              <dt className="text-[0.95rem] text-muted">No-show rate</dt>
              <dd className="text-2xl font-semibold">{pct(o.noShows.ratePercent)}</dd>
              <dd className="text-sm">
                {o.noShows.count} of {o.noShows.outOf} due appointments
              </dd>
            </div>
          </dl>
          <div className="mt-4">
            <BarList
              label="Attendance in the last four weeks"
              max={100}
              items={[
                {
                  key: 'cancel',
                  label: 'Cancelled',
                  value: o.cancellations.ratePercent ?? 0,
                  text: pct(o.cancellations.ratePercent),
                  tone: 'clay',
                },
                {
                  key: 'noshow',
                  label: 'No-shows',
                  value: o.noShows.ratePercent ?? 0,
                  text: pct(o.noShows.ratePercent),
                  tone: 'clay',
                },
              ]}
            />
          </div>
        </Panel>

        <WaitlistRefilled
          timeZone={zone}
          practitionerId={o.scope === 'own' ? staff.practitionerId : null}
        />

        {staff.role === 'practitioner' ? (
          <Panel title="Your calendar" id="feed" className="lg:col-span-2">
            <p>
              Subscribe to your appointments from your phone or desktop calendar with a private
              link. <Link href="/dashboard/calendar-feed">Set up your calendar feed</Link>
            </p>
          </Panel>
        ) : null}
      </div>
    </>
  );
}

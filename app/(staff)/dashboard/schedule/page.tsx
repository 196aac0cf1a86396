import { DateTime } from 'luxon';
import type { Metadata } from 'next';
import { formatLocalDate, zoneName } from '@/components/booking/slot-format';
import { AppointmentList } from '@/components/staff/schedule/appointment-list';
import { scheduleHref, type ScheduleViewName } from '@/components/staff/schedule/schedule-href';
import { ScheduleGrid } from '@/components/staff/schedule/schedule-grid';
import { ScheduleLegend } from '@/components/staff/schedule/schedule-legend';
import { ScheduleToolbar } from '@/components/staff/schedule/schedule-toolbar';
import { WeekList } from '@/components/staff/schedule/week-list';
import { ButtonLink } from '@/components/ui/button-link';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listStaffServices } from '@/db/queries/schedule';
import { loadDaySchedule, loadWeekSchedule } from '@/lib/appointments/schedule-view';
import { requireStaff } from '@/lib/auth/guard';
import { clinicDate } from '@/lib/booking/clinic-time';

export const metadata: Metadata = { title: 'Schedule' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const validDate = (v: string | undefined) =>
  v && /^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v).isValid ? v : undefined;

export default async function SchedulePage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaff();
  const params = await searchParams;
  const timeZone = await getClinicTimeZone();
  const today = clinicDate(new Date(), timeZone);
  const date = validDate(one(params.date)) ?? today;
  const rawView = one(params.view);
  const view: ScheduleViewName = rawView === 'week' || rawView === 'list' ? rawView : 'day';
  const zone = `${zoneName(timeZone)} (${DateTime.fromISO(date, { zone: timeZone }).offsetNameShort ?? ''}, ${timeZone})`;
  const services = await listStaffServices();

  const [day, week] = await Promise.all([
    view === 'week' ? null : loadDaySchedule(staff, date, { includeCancelled: view === 'list' }),
    view === 'week' ? loadWeekSchedule(staff, date, one(params.practitioner)) : null,
  ]);
  const practitioners = (day ?? week)?.practitioners ?? [];
  const weekTitle =
    week && week.days[0] && week.days[6]
      ? `Week of ${formatLocalDate(week.days[0])} – ${formatLocalDate(week.days[6])}`
      : '';

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl">Schedule</h1>
          <p className="mt-1 text-lg font-semibold text-ink">
            {view === 'week' ? weekTitle : formatLocalDate(date, true)}
            {view !== 'week' && date === today ? (
              <span className="font-normal text-clay-800"> · today</span>
            ) : null}
          </p>
          <p className="text-sm text-muted">Times in {zone}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/dashboard/appointments/new" prefetch={false}>
            New appointment
          </ButtonLink>
          <ButtonLink href="/dashboard/schedule/time-off" variant="secondary" prefetch={false}>
            Block time
          </ButtonLink>
        </div>
      </div>

      <ScheduleToolbar
        view={view}
        date={date}
        today={today}
        practitioner={week?.practitioner?.id ?? null}
        practitioners={practitioners}
      />

      {practitioners.length === 0 ? (
        <p className="mt-6 rounded-xl border border-sand-200 bg-white p-6">
          No diaries to show for your account.
        </p>
      ) : null}

      {day && view === 'day' && practitioners.length > 0 ? (
        <>
          <ScheduleLegend services={services} />
          <div className="mt-4 hidden md:block">
            <ScheduleGrid
              columns={day.columns}
              range={day.range}
              timeZone={timeZone}
              today={today}
              label="Day schedule by practitioner"
              columnHref={(c) => scheduleHref({ view: 'week', date, practitioner: c.key })}
            />
          </div>
          <div className="mt-4 md:hidden">
            <AppointmentList rows={day.list} caption="Appointments on this day" />
          </div>
        </>
      ) : null}

      {day && view === 'list' ? (
        <div className="mt-4">
          <AppointmentList rows={day.list} caption="Appointments on this day, in time order" />
        </div>
      ) : null}

      {week?.practitioner ? (
        <>
          <h2 className="mt-6 text-xl">{week.practitioner.name}</h2>
          <ScheduleLegend services={services} />
          <div className="mt-4 md:hidden">
            <WeekList columns={week.columns} today={today} />
          </div>
          <div className="mt-4 hidden md:block">
            <ScheduleGrid
              columns={week.columns}
              range={week.range}
              timeZone={timeZone}
              today={today}
              label={`Week schedule of ${week.practitioner.name}`}
              minColumn="8.5rem"
            />
          </div>
        </>
      ) : null}
    </>
  );
}

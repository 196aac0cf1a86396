import { DateTime } from 'luxon';
import type { Metadata } from 'next';
import { formatLocalDate, zoneName } from '@/lib/time/slot-format';
import type { BoardContext } from '@/components/staff/schedule/board-context';
import { AppointmentList } from '@/components/staff/schedule/appointment-list';
import type { ScheduleViewName } from '@/components/staff/schedule/schedule-href';
import { ScheduleLegend } from '@/components/staff/schedule/schedule-legend';
import { ScheduleToolbar } from '@/components/staff/schedule/schedule-toolbar';
import { WeekList } from '@/components/staff/schedule/week-list';
import { ButtonLink } from '@/components/ui/button-link';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listStaffServices } from '@/db/queries/schedule';
import {
  loadDaySchedule,
  loadWeekSchedule,
  type ScheduleView,
} from '@/lib/appointments/views/schedule-view';
import { requireStaff } from '@/lib/auth/guard';
import { clinicDate } from '@/lib/time/calendar';
import { loadCallerPrefill } from './caller';
import { ScheduleBoard } from './schedule-board';

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
  const asked = one(params.practitioner);

  const [services, day, week, caller] = await Promise.all([
    listStaffServices(),
    view === 'week' ? null : loadDaySchedule(staff, date, { includeCancelled: view === 'list' }),
    view === 'week'
      ? // The team's week unless one practitioner is asked for (or only one is visible).
        loadWeekSchedule(staff, date, asked ?? 'all')
      : null,
    view === 'day' ? loadCallerPrefill(staff, one(params.caller)) : null,
  ]);
  const shown = (day ?? week) as ScheduleView;
  const practitioners = shown.practitioners;
  const teamWeek = !!week && !week.practitioner;
  const title =
    week && week.days[0] && week.days[6]
      ? `Week of ${formatLocalDate(week.days[0])} – ${formatLocalDate(week.days[6])}`
      : formatLocalDate(date, true);
  const ctx: BoardContext = {
    timeZone,
    step: shown.slotStepMinutes,
    today,
    range: shown.range,
    columns: shown.columns,
    practitioners: practitioners.map((p) => ({ id: p.id, name: p.name })),
    services: services.map((s) => ({
      slug: s.slug,
      name: s.name,
      durationMinutes: s.durationMinutes,
      practitionerIds: s.practitionerIds,
    })),
  };

  return (
    <>
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-2xl">Schedule</h1>
        <p className="text-lg font-semibold text-ink">
          {week?.practitioner ? `${week.practitioner.name} · ` : ''}
          {title}
          {view !== 'week' && date === today ? (
            <span className="font-normal text-clay-800"> · today</span>
          ) : null}
        </p>
        <p className="text-sm text-muted">Times in {zone}</p>
      </div>

      <ScheduleToolbar
        view={view}
        date={date}
        today={today}
        practitioner={week ? (week.practitioner?.id ?? 'all') : null}
        practitioners={practitioners}
      >
        <ScheduleLegend practitioners={practitioners} />
        <ButtonLink href="/dashboard/appointments/new" prefetch={false} className="min-h-10">
          New appointment
        </ButtonLink>
        <ButtonLink
          href="/dashboard/schedule/time-off"
          variant="secondary"
          prefetch={false}
          className="min-h-10"
        >
          Block time
        </ButtonLink>
      </ScheduleToolbar>

      {practitioners.length === 0 ? (
        <p className="mt-4 rounded-xl border border-sand-200 bg-white p-6">
          No diaries to show for your account.
        </p>
      ) : null}

      {day && view === 'day' && practitioners.length > 0 ? (
        <>
          <div className="mt-3 hidden md:block">
            <ScheduleBoard
              ctx={ctx}
              view="day"
              label="Day schedule by practitioner"
              caller={caller ?? undefined}
            />
          </div>
          <div className="mt-3 md:hidden">
            <AppointmentList rows={day.list} caption="Appointments on this day" />
          </div>
        </>
      ) : null}

      {day && view === 'list' ? (
        <div className="mt-3">
          <AppointmentList rows={day.list} caption="Appointments on this day, in time order" />
        </div>
      ) : null}

      {week && practitioners.length > 0 ? (
        <>
          <div className="mt-3 md:hidden">
            <WeekList columns={week.columns} today={today} />
          </div>
          <div className="mt-3 hidden md:block">
            <ScheduleBoard
              ctx={ctx}
              view="week"
              label={
                week.practitioner
                  ? `Week schedule of ${week.practitioner.name}`
                  : 'Week schedule of every practitioner'
              }
              minColumn={teamWeek ? teamColumnWidth(practitioners.length) : '8.5rem'}
              compact={teamWeek}
            />
          </div>
        </>
      ) : null}
    </>
  );
}

/**
 * The team week's column width: seven days of every practitioner side by side fit the dashboard's
 * 1,280 px content width (a 1366 px laptop) without sideways scrolling, down to 2rem a column;
 * only a team too large for that scrolls. Cards there show short names and therapies.
 */
function teamColumnWidth(practitioners: number): string {
  const available = 73; // rem left for the columns beside the time axis
  const width = Math.floor((available / (7 * Math.max(practitioners, 1))) * 4) / 4;
  return `${Math.min(Math.max(width, 2), 8.5)}rem`;
}

import 'server-only';
import { DateTime } from 'luxon';
import {
  listClosuresOverlapping,
  listSchedulePractitioners,
  listScheduleAppointments,
  listTimeOffOverlapping,
  listWorkingHours,
  loadClinicPolicy,
  type ScheduleAppointment,
  type SchedulePractitioner,
} from '@/db/queries/schedule';
import { canManageSchedule, type StaffPrincipal } from '@/lib/auth/roles';
import { clinicalScope } from '@/lib/patients/record';
import { changeRefusal } from '../status-table';
import {
  buildColumn,
  dayBounds,
  gridRange,
  timeRangeLabel,
  type GridColumn,
} from './schedule-columns';

export type { GridAppointment, GridBlock, GridColumn, GridTimeOff } from './schedule-columns';
export { timeRangeLabel };

export interface ListRow extends ScheduleAppointment {
  practitionerName: string;
  timeLabel: string;
  canManage: boolean;
  /** Check-in is possible now: a manageable appointment on today's clinic date. */
  canCheckIn: boolean;
}

export interface ScheduleView {
  timeZone: string;
  /** Appointments start on this grid (minutes); dragging snaps to it. */
  slotStepMinutes: number;
  /** Minutes after midnight shown, whole hours. */
  range: { startMin: number; endMin: number };
  columns: GridColumn[];
  list: ListRow[];
  practitioners: SchedulePractitioner[];
}

/** Practitioners see their own diary only; everyone else sees the whole team. */
export async function visiblePractitioners(staff: StaffPrincipal): Promise<SchedulePractitioner[]> {
  if (staff.role !== 'practitioner') return listSchedulePractitioners();
  return staff.practitionerId ? listSchedulePractitioners(staff.practitionerId) : [];
}

/** Everything the grid needs over [start, end) for some practitioners, read together. */
async function loadRange(
  staff: StaffPrincipal,
  ids: string[],
  range: { start: Date; end: Date },
  cancelled = false,
) {
  const [policy, hours, rows, absences, closures] = await Promise.all([
    loadClinicPolicy(),
    listWorkingHours(ids),
    listScheduleAppointments(range, ids, {
      includeCancelled: cancelled,
      // The screening flag is clinical: admins and the treating practitioner only.
      clinicalScope: clinicalScope(staff),
    }),
    listTimeOffOverlapping(range, ids),
    listClosuresOverlapping(range),
  ]);
  return { policy, hours, rows, absences, closures };
}

/** One clinic-local day: a column per visible practitioner, plus the same day as a list. */
export async function loadDaySchedule(
  staff: StaffPrincipal,
  date: string,
  options: { includeCancelled?: boolean; now?: Date } = {},
): Promise<ScheduleView> {
  const now = options.now ?? new Date();
  const practitioners = await visiblePractitioners(staff);
  const ids = practitioners.map((p) => p.id);
  const { policy, ...day } = await loadDayData(staff, ids, date);
  const { timeZone } = policy;
  const active = day.rows.filter((r) => r.status !== 'cancelled');
  const columns = practitioners.map((p) =>
    buildColumn({
      base: {
        key: p.id,
        title: p.name,
        color: p.color,
        date,
        practitionerId: p.id,
        practitionerName: p.name,
      },
      staff,
      timeZone,
      now,
      hours: day.hours.filter((h) => h.practitionerId === p.id),
      rows: active.filter((a) => a.practitionerId === p.id),
      absences: day.absences.filter((t) => t.practitionerId === p.id),
      closures: day.closures,
    }),
  );
  const names = new Map(practitioners.map((p) => [p.id, p.name]));
  const list = (options.includeCancelled ? day.rows : active).map((r) => ({
    ...r,
    practitionerName: names.get(r.practitionerId) ?? '',
    timeLabel: timeRangeLabel(r.startsAt, r.endsAt, timeZone),
    canManage: canManageSchedule(staff, r.practitionerId),
    canCheckIn:
      canManageSchedule(staff, r.practitionerId) &&
      changeRefusal(r, 'check_in', { now, timeZone }) === null,
  }));
  return {
    timeZone,
    slotStepMinutes: policy.slotStepMinutes,
    range: gridRange(columns),
    columns,
    list,
    practitioners,
  };
}

async function loadDayData(staff: StaffPrincipal, ids: string[], date: string) {
  const policy = await loadClinicPolicy();
  const day = dayBounds(date, policy.timeZone);
  const range = { start: day.start.toJSDate(), end: day.end.toJSDate() };
  return loadRange(staff, ids, range, true);
}

/**
 * Monday to Sunday of the week holding `date`: for one practitioner (a column per day), or with
 * `practitionerId` 'all' every visible practitioner side by side within each day.
 */
export async function loadWeekSchedule(
  staff: StaffPrincipal,
  date: string,
  practitionerId: string | undefined,
  now = new Date(),
): Promise<ScheduleView & { practitioner: SchedulePractitioner | null; days: string[] }> {
  const practitioners = await visiblePractitioners(staff);
  const all = practitionerId === 'all' && practitioners.length > 1;
  const practitioner = all
    ? null
    : (practitioners.find((p) => p.id === practitionerId) ?? practitioners[0] ?? null);
  const shown = all ? practitioners : practitioner ? [practitioner] : [];
  const policy = await loadClinicPolicy();
  const { timeZone } = policy;
  const monday = DateTime.fromISO(date, { zone: timeZone }).startOf('week');
  const days = Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }).toISODate() ?? date);
  const range = { start: monday.toJSDate(), end: monday.plus({ weeks: 1 }).toJSDate() };
  const data = await loadRange(
    staff,
    shown.map((p) => p.id),
    range,
  );
  const dayTitle = (d: string) => DateTime.fromISO(d, { locale: 'en-US' }).toFormat('ccc d');
  const columns = days.flatMap((d) =>
    shown.map((p) =>
      buildColumn({
        base: {
          key: all ? `${d}:${p.id}` : d,
          title: all ? p.name : dayTitle(d),
          group: all ? dayTitle(d) : undefined,
          color: p.color,
          date: d,
          practitionerId: p.id,
          practitionerName: p.name,
        },
        staff,
        timeZone,
        now,
        hours: data.hours.filter((h) => h.practitionerId === p.id),
        rows: data.rows.filter((a) => a.practitionerId === p.id),
        absences: data.absences.filter((t) => t.practitionerId === p.id),
        closures: data.closures,
      }),
    ),
  );
  return {
    timeZone,
    slotStepMinutes: policy.slotStepMinutes,
    range: gridRange(columns),
    columns,
    list: [],
    practitioners,
    practitioner,
    days,
  };
}

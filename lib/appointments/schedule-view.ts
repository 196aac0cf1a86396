import 'server-only';
import { DateTime } from 'luxon';
import { formatSlotTime } from '@/components/booking/slot-format';
import { getClinicTimeZone } from '@/db/queries/clinic';
import {
  listSchedulePractitioners,
  listScheduleAppointments,
  listTimeOffOverlapping,
  listWorkingHours,
  type ScheduleAppointment,
  type SchedulePractitioner,
  type ScheduleTimeOff,
} from '@/db/queries/schedule';
import type { AppointmentStatus } from '@/db/schema';
import { canManageSchedule, type StaffPrincipal } from '@/lib/auth/roles';
import { serviceCode } from './service-code';

/** Positions are minutes after clinic-local midnight of the column's date. */
export interface GridAppointment {
  id: string;
  startMin: number;
  endMin: number;
  timeLabel: string;
  /** "9:30": the grid's axis gives the half of the day. */
  startLabel: string;
  patientName: string;
  serviceName: string;
  serviceCode: string;
  status: AppointmentStatus;
}

export interface GridTimeOff {
  id: string;
  startMin: number;
  endMin: number;
  timeLabel: string;
  reason: string;
}

export interface GridColumn {
  key: string;
  title: string;
  /** Practitioner colour (day view) for the heading's swatch. */
  color?: string;
  date: string;
  working: Array<{ startMin: number; endMin: number }>;
  appointments: GridAppointment[];
  timeOff: GridTimeOff[];
}

export interface ListRow extends ScheduleAppointment {
  practitionerName: string;
  timeLabel: string;
  canManage: boolean;
}

export interface ScheduleView {
  timeZone: string;
  /** Minutes after midnight shown, whole hours. */
  range: { startMin: number; endMin: number };
  columns: GridColumn[];
  list: ListRow[];
  practitioners: SchedulePractitioner[];
}

const DAY_MIN = 24 * 60;

/** Practitioners see their own diary only; everyone else sees the whole team. */
export async function visiblePractitioners(staff: StaffPrincipal): Promise<SchedulePractitioner[]> {
  if (staff.role !== 'practitioner') return listSchedulePractitioners();
  return staff.practitionerId ? listSchedulePractitioners(staff.practitionerId) : [];
}

function dayBounds(date: string, timeZone: string) {
  const start = DateTime.fromISO(date, { zone: timeZone }).startOf('day');
  return { start, end: start.plus({ days: 1 }) };
}

/** Minutes after the day's local midnight, clipped to the day (wall-clock, so DST days line up). */
function minuteIn(
  instant: Date,
  day: { start: DateTime; end: DateTime },
  timeZone: string,
): number {
  if (instant.getTime() <= day.start.toMillis()) return 0;
  if (instant.getTime() >= day.end.toMillis()) return DAY_MIN;
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return local.hour * 60 + local.minute;
}

const clock = (hhmmss: string) => Number(hhmmss.slice(0, 2)) * 60 + Number(hhmmss.slice(3, 5));

export function timeRangeLabel(start: Date, end: Date, timeZone: string): string {
  return `${formatSlotTime(start.toISOString(), timeZone)}–${formatSlotTime(end.toISOString(), timeZone)}`;
}

function buildColumn(
  base: Pick<GridColumn, 'key' | 'title' | 'color' | 'date'>,
  timeZone: string,
  hours: Array<{ weekday: number; start: string; end: string }>,
  rows: ScheduleAppointment[],
  absences: ScheduleTimeOff[],
): GridColumn {
  const day = dayBounds(base.date, timeZone);
  const weekday = day.start.weekday;
  const inDay = (start: Date, end: Date) =>
    start.getTime() < day.end.toMillis() && end.getTime() > day.start.toMillis();
  return {
    ...base,
    working: hours
      .filter((h) => h.weekday === weekday)
      .map((h) => ({ startMin: clock(h.start), endMin: clock(h.end) }))
      .sort((a, b) => a.startMin - b.startMin),
    appointments: rows
      .filter((a) => inDay(a.startsAt, a.endsAt))
      .map((a) => ({
        id: a.id,
        startMin: minuteIn(a.startsAt, day, timeZone),
        endMin: minuteIn(a.endsAt, day, timeZone),
        timeLabel: timeRangeLabel(a.startsAt, a.endsAt, timeZone),
        startLabel: formatSlotTime(a.startsAt.toISOString(), timeZone).replace(/ [ap]m$/, ''),
        patientName: a.patientName,
        serviceName: a.serviceName,
        serviceCode: serviceCode(a.serviceName),
        status: a.status,
      })),
    timeOff: absences
      .filter((t) => inDay(t.startsAt, t.endsAt))
      .map((t) => ({
        id: t.id,
        startMin: minuteIn(t.startsAt, day, timeZone),
        endMin: minuteIn(t.endsAt, day, timeZone),
        timeLabel: timeRangeLabel(t.startsAt, t.endsAt, timeZone),
        reason: t.reason,
      })),
  };
}

/** Whole hours covering working hours, appointments and time off; 08:00–18:00 at least. */
function gridRange(columns: GridColumn[]): { startMin: number; endMin: number } {
  let start = 8 * 60;
  let end = 18 * 60;
  for (const c of columns) {
    for (const x of [...c.working, ...c.appointments, ...c.timeOff]) {
      // Whole-day time off would stretch the grid to midnight: only working hours and visits widen it.
      if ('reason' in x) continue;
      start = Math.min(start, x.startMin);
      end = Math.max(end, x.endMin);
    }
  }
  return {
    startMin: Math.floor(start / 60) * 60,
    endMin: Math.min(DAY_MIN, Math.ceil(end / 60) * 60),
  };
}

/** One clinic-local day: a column per visible practitioner, plus the same day as a list. */
export async function loadDaySchedule(
  staff: StaffPrincipal,
  date: string,
  options: { includeCancelled?: boolean } = {},
): Promise<ScheduleView> {
  const timeZone = await getClinicTimeZone();
  const practitioners = await visiblePractitioners(staff);
  const ids = practitioners.map((p) => p.id);
  const day = dayBounds(date, timeZone);
  const range = { start: day.start.toJSDate(), end: day.end.toJSDate() };
  const [hours, rows, absences] = await Promise.all([
    listWorkingHours(ids),
    listScheduleAppointments(range, ids, { includeCancelled: true }),
    listTimeOffOverlapping(range, ids),
  ]);
  const active = rows.filter((r) => r.status !== 'cancelled');
  const columns = practitioners.map((p) =>
    buildColumn(
      { key: p.id, title: p.name, color: p.color, date },
      timeZone,
      hours.filter((h) => h.practitionerId === p.id),
      active.filter((a) => a.practitionerId === p.id),
      absences.filter((t) => t.practitionerId === p.id),
    ),
  );
  const names = new Map(practitioners.map((p) => [p.id, p.name]));
  const list = (options.includeCancelled ? rows : active).map((r) => ({
    ...r,
    practitionerName: names.get(r.practitionerId) ?? '',
    timeLabel: timeRangeLabel(r.startsAt, r.endsAt, timeZone),
    canManage: canManageSchedule(staff, r.practitionerId),
  }));
  return { timeZone, range: gridRange(columns), columns, list, practitioners };
}

/** Monday to Sunday of the week holding `date`, for one practitioner. */
export async function loadWeekSchedule(
  staff: StaffPrincipal,
  date: string,
  practitionerId: string | undefined,
): Promise<ScheduleView & { practitioner: SchedulePractitioner | null; days: string[] }> {
  const timeZone = await getClinicTimeZone();
  const practitioners = await visiblePractitioners(staff);
  const practitioner =
    practitioners.find((p) => p.id === practitionerId) ?? practitioners[0] ?? null;
  const monday = DateTime.fromISO(date, { zone: timeZone }).startOf('week');
  const days = Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }).toISODate() ?? date);
  if (!practitioner) {
    return {
      timeZone,
      range: gridRange([]),
      columns: [],
      list: [],
      practitioners,
      practitioner,
      days,
    };
  }
  const range = { start: monday.toJSDate(), end: monday.plus({ weeks: 1 }).toJSDate() };
  const [hours, rows, absences] = await Promise.all([
    listWorkingHours([practitioner.id]),
    listScheduleAppointments(range, [practitioner.id]),
    listTimeOffOverlapping(range, [practitioner.id]),
  ]);
  const columns = days.map((d) =>
    buildColumn(
      { key: d, title: DateTime.fromISO(d, { locale: 'en-US' }).toFormat('ccc d'), date: d },
      timeZone,
      hours,
      rows,
      absences,
    ),
  );
  return {
    timeZone,
    range: gridRange(columns),
    columns,
    list: [],
    practitioners,
    practitioner,
    days,
  };
}

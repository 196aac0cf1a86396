import 'server-only';
import { DateTime } from 'luxon';
import type { ScheduleAppointment, ScheduleClosure, ScheduleTimeOff } from '@/db/queries/schedule';
import type { AppointmentStatus } from '@/db/schema';
import { canManageSchedule, type StaffPrincipal } from '@/lib/auth/roles';
import { clinicIsoFormatter } from '@/lib/availability/clinic-time';
import { formatClockTime } from '@/lib/format';
import { changeRefusal, type Change } from '../status-table';
import { shortServiceName } from './service-name';

/** Positions are minutes after clinic-local midnight of the column's date. */
export interface GridAppointment {
  id: string;
  practitionerId: string;
  patientId: string;
  startMin: number;
  endMin: number;
  /** ISO-8601 with the clinic's offset. */
  start: string;
  timeLabel: string;
  /** "9:30": the grid's axis gives the half of the day. */
  startLabel: string;
  patientName: string;
  /** Where a move's e-mail goes; null: the patient has no e-mail and hears nothing. */
  patientEmail: string | null;
  /** For Book again's patient summary (the record's number or the one typed for this visit). */
  patientPhone: string;
  serviceName: string;
  serviceShort: string;
  serviceSlug: string;
  status: AppointmentStatus;
  /**
   * "screening: see-a-doctor-today acknowledged": true only for admins and the treating
   * practitioner (decided in the query); always false for everyone else.
   */
  screening: boolean;
  /** What the signed-in staff member may do now (the status table, on today's clock). */
  can: Record<'checkIn' | 'noShow' | 'cancel' | 'move' | 'open', boolean>;
}

/** Blocked time: a practitioner's time off, or a clinic-wide closure. */
export interface GridBlock {
  id: string;
  startMin: number;
  endMin: number;
  timeLabel: string;
  reason: string;
}
export type GridTimeOff = GridBlock;

export interface GridColumn {
  key: string;
  title: string;
  /** The day's heading over a group of columns (the week with every practitioner). */
  group?: string;
  practitionerId: string;
  practitionerName: string;
  /** Practitioner colour: heading swatch and the edge of each card. */
  color: string;
  date: string;
  working: Array<{ startMin: number; endMin: number }>;
  appointments: GridAppointment[];
  timeOff: GridBlock[];
  closures: GridBlock[];
}

export const DAY_MIN = 24 * 60;

export function dayBounds(date: string, timeZone: string) {
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
  return `${formatClockTime(start, timeZone)}–${formatClockTime(end, timeZone)}`;
}

export interface ColumnInput {
  base: Pick<GridColumn, 'key' | 'title' | 'group' | 'color' | 'date'> & {
    practitionerId: string;
    practitionerName: string;
  };
  staff: StaffPrincipal;
  timeZone: string;
  now: Date;
  hours: Array<{ weekday: number; start: string; end: string }>;
  rows: ScheduleAppointment[];
  absences: ScheduleTimeOff[];
  closures: ScheduleClosure[];
}

export function buildColumn(c: ColumnInput): GridColumn {
  const { timeZone } = c;
  const day = dayBounds(c.base.date, timeZone);
  const weekday = day.start.weekday;
  const iso = clinicIsoFormatter(timeZone);
  const inDay = (start: Date, end: Date) =>
    start.getTime() < day.end.toMillis() && end.getTime() > day.start.toMillis();
  const block = (b: { id: string; startsAt: Date; endsAt: Date; reason: string }): GridBlock => ({
    id: b.id,
    startMin: minuteIn(b.startsAt, day, timeZone),
    endMin: minuteIn(b.endsAt, day, timeZone),
    timeLabel: timeRangeLabel(b.startsAt, b.endsAt, timeZone),
    reason: b.reason,
  });
  const manage = canManageSchedule(c.staff, c.base.practitionerId);
  const allowed = (a: ScheduleAppointment, change: Change) =>
    manage && changeRefusal(a, change, { now: c.now, timeZone }) === null;
  return {
    ...c.base,
    working: c.hours
      .filter((h) => h.weekday === weekday)
      .map((h) => ({ startMin: clock(h.start), endMin: clock(h.end) }))
      .sort((a, b) => a.startMin - b.startMin),
    appointments: c.rows
      .filter((a) => inDay(a.startsAt, a.endsAt))
      .map((a) => ({
        id: a.id,
        practitionerId: a.practitionerId,
        patientId: a.patientId,
        startMin: minuteIn(a.startsAt, day, timeZone),
        endMin: minuteIn(a.endsAt, day, timeZone),
        start: iso(a.startsAt),
        timeLabel: timeRangeLabel(a.startsAt, a.endsAt, timeZone),
        startLabel: formatClockTime(a.startsAt, timeZone).replace(/ [ap]m$/, ''),
        patientName: a.patientName,
        patientEmail: a.patientEmail,
        patientPhone: a.patientPhone,
        serviceName: a.serviceName,
        serviceShort: shortServiceName(a.serviceName),
        serviceSlug: a.serviceSlug,
        status: a.status,
        screening: a.screening,
        can: {
          checkIn: allowed(a, 'check_in'),
          noShow: allowed(a, 'no_show'),
          cancel: allowed(a, 'cancel'),
          move: allowed(a, 'move'),
          open: true,
        },
      })),
    timeOff: c.absences.filter((t) => inDay(t.startsAt, t.endsAt)).map(block),
    closures: c.closures.filter((t) => inDay(t.startsAt, t.endsAt)).map(block),
  };
}

/** Whole hours covering working hours and visits; 08:00–18:00 at least. */
export function gridRange(columns: GridColumn[]): { startMin: number; endMin: number } {
  let start = 8 * 60;
  let end = 18 * 60;
  // Whole-day time off or closures would stretch the grid to midnight: they don't widen it.
  for (const c of columns) {
    for (const x of [...c.working, ...c.appointments]) {
      start = Math.min(start, x.startMin);
      end = Math.max(end, x.endMin);
    }
  }
  return {
    startMin: Math.floor(start / 60) * 60,
    endMin: Math.min(DAY_MIN, Math.ceil(end / 60) * 60),
  };
}

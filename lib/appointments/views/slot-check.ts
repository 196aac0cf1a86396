import { DateTime } from 'luxon';
import type { GridColumn } from './schedule-columns';

/**
 * The schedule's first answer to "can this go here?", from what the grid already shows: a drag
 * that can't land snaps back at once with the reason, and the booking panel explains a time that
 * isn't open before anyone presses Book. The lifecycle (lib/appointments) decides in the end, on
 * locked rows; these words only spare a round trip.
 */
export interface SlotQuestion {
  column: Pick<
    GridColumn,
    'practitionerId' | 'practitionerName' | 'working' | 'appointments' | 'timeOff' | 'closures'
  >;
  startMin: number;
  durationMin: number;
  /** The appointment being moved: it does not stand in its own way. */
  movingId?: string;
  /** Practitioners who offer the therapy. */
  offeredBy?: string[];
  serviceName?: string;
  /** Minutes after midnight of "now" on the column's date; null when the date is not today. */
  nowMin?: number | null;
  /** The column's date is before today. */
  pastDay?: boolean;
}

const overlaps = (a: { startMin: number; endMin: number }, s: number, e: number) =>
  a.startMin < e && a.endMin > s;

export function minuteLabel(minute: number): string {
  const h = Math.floor(minute / 60) % 24;
  const m = minute % 60;
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'am' : 'pm'}`;
}

/** Why the time can't be given, in a sentence for the front desk; null when it looks open. */
export function slotRefusal(q: SlotQuestion): string | null {
  const { column: c, startMin: s } = q;
  const e = s + q.durationMin;
  const who = c.practitionerName;
  if (q.offeredBy && !q.offeredBy.includes(c.practitionerId))
    return `${who} does not offer ${q.serviceName ?? 'that therapy'}.`;
  if (q.pastDay || (q.nowMin != null && s < q.nowMin)) return 'That time has already passed.';
  const closure = c.closures.find((b) => overlaps(b, s, e));
  if (closure)
    return closure.reason
      ? `The clinic is closed then: ${closure.reason}.`
      : 'The clinic is closed then.';
  const away = c.timeOff.find((b) => overlaps(b, s, e));
  if (away)
    return away.reason
      ? `${who} is away then (${away.timeLabel}): ${away.reason}.`
      : `${who} has time off then (${away.timeLabel}).`;
  if (!c.working.some((w) => w.startMin <= s && w.endMin >= e)) {
    if (c.working.length === 0) return `${who} does not work on that day.`;
    const hours = c.working.map((w) => `${minuteLabel(w.startMin)}–${minuteLabel(w.endMin)}`);
    return `That is outside ${who}’s working hours (${hours.join(', ')}).`;
  }
  const taken = c.appointments.find((a) => a.id !== q.movingId && overlaps(a, s, e));
  if (taken) return `That time is taken: ${taken.patientName} is booked ${taken.timeLabel}.`;
  return null;
}

/** The instant of a clinic wall-clock minute on a date, with the clinic's offset. */
export function startIso(date: string, minute: number, timeZone: string): string {
  const t = DateTime.fromISO(date, { zone: timeZone }).set({
    hour: Math.floor(minute / 60),
    minute: minute % 60,
  });
  return t.toISO({ suppressMilliseconds: true }) ?? '';
}

/** Minutes after midnight of "now" in the clinic, and today's clinic date. */
export function clinicNow(timeZone: string, now = new Date()): { date: string; minute: number } {
  const t = DateTime.fromJSDate(now, { zone: timeZone });
  return { date: t.toISODate() ?? '', minute: t.hour * 60 + t.minute };
}

/** ISO weekday, 1 = Monday … 7 = Sunday (the same numbering as luxon's `DateTime.weekday`). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A calendar date in the clinic's time zone, formatted 'YYYY-MM-DD'. */
export type LocalDate = string;

/**
 * One recurring working window in clinic-local wall-clock time, e.g. Monday 09:00–12:00.
 * `start` and `end` are 'HH:mm' (00:00–23:59) and `end` must be later than `start`, so a window
 * never crosses midnight; split overnight shifts into two windows.
 */
export interface WeeklyHours {
  weekday: Weekday;
  start: string;
  end: string;
}

/** A half-open span of absolute time [start, end). */
export interface Interval {
  start: Date;
  end: Date;
}

/** An existing, non-cancelled appointment together with the buffers of the service it books. */
export interface BusyAppointment extends Interval {
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

export interface PractitionerAvailabilityInput {
  practitionerId: string;
  weeklyHours: readonly WeeklyHours[];
  timeOff: readonly Interval[];
  /**
   * Appointments that may affect the requested dates. The caller may pre-filter by date range,
   * but must include anything whose buffered window reaches into it.
   */
  appointments: readonly BusyAppointment[];
}

export interface ServiceRule {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

export interface BookingPolicy {
  /** IANA zone of the clinic, e.g. 'America/Los_Angeles'. Weekly hours are read in this zone. */
  timeZone: string;
  /** Distance between candidate starts, in real minutes from the start of each working window. */
  slotStepMinutes: number;
  /** A slot must start at least this many minutes after `now`. */
  minNoticeMinutes: number;
  /** A slot must start before `now` + this many calendar days (in the clinic zone). */
  horizonDays: number;
}

export interface Slot {
  start: Date;
  end: Date;
  practitionerId: string;
}

export interface AvailabilityQuery {
  practitioner: PractitionerAvailabilityInput;
  service: ServiceRule;
  policy: BookingPolicy;
  now: Date;
  /** Clinic-wide closures: no visit may overlap one (buffers may, as with working hours). */
  closures?: readonly Interval[];
  /** First clinic-local date to search, inclusive. */
  from: LocalDate;
  /** Last clinic-local date to search, inclusive. */
  to: LocalDate;
}

export interface FirstAvailableQuery extends Omit<AvailabilityQuery, 'practitioner'> {
  /** Only practitioners who offer the service; the engine does not know about service assignments. */
  practitioners: readonly PractitionerAvailabilityInput[];
}

export interface SlotCheckQuery {
  practitioner: PractitionerAvailabilityInput;
  service: ServiceRule;
  policy: BookingPolicy;
  now: Date;
  start: Date;
  closures?: readonly Interval[];
}

export type SlotRejection =
  /** Before `now`. */
  | 'past'
  /** Inside the minimum notice. */
  | 'too-soon'
  | 'beyond-horizon'
  /** The visit overlaps a clinic-wide closure. */
  | 'closed'
  /** Inside working hours, but not on the step grid of its window. */
  | 'off-grid'
  /** No working window holds the whole visit. */
  | 'outside-working-hours'
  | 'time-off'
  | 'conflict';

export type SlotCheck = { available: true } | { available: false; reason: SlotRejection };

export interface DayOpenings {
  date: LocalDate;
  count: number;
}

export interface PartsOfDay<T extends { start: Date } = Slot> {
  /** Local start before 12:00. */
  morning: T[];
  /** Local start from 12:00 up to (not including) 17:00. */
  afternoon: T[];
  /** Local start 17:00 or later. */
  evening: T[];
}

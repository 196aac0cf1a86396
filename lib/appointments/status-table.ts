import { ACTIVE_STATUSES, type AppointmentStatus } from '@/db/schema';
import { clinicDate } from '@/lib/time/calendar';

export { ACTIVE_STATUSES };

/** Statuses in words: the schedule never says anything by colour alone. */
export const STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: 'Booked',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  completed: 'Completed',
  no_show: 'No-show',
  cancelled: 'Cancelled',
};

/** Every change an appointment's status (or time) can go through. */
export type Change =
  | 'confirm'
  | 'check_in'
  | 'complete'
  | 'no_show'
  | 'cancel'
  | 'move'
  | 'undo_check_in'
  | 'undo_no_show'
  | 'undo_complete';

/** When, relative to the appointment and the clinic's calendar, a change may happen. */
type Timing =
  | 'any'
  /** Before the appointment ends. */
  | 'before_end'
  /** After it started. */
  | 'after_start'
  /** On its own clinic-local day. */
  | 'on_its_day';

interface Transition {
  from: readonly AppointmentStatus[];
  /** The status afterwards; null keeps it (a move). */
  to: AppointmentStatus | null;
  when: Timing;
  /** "You can’t {verb} an appointment that is …" */
  verb: string;
  /** The button that makes it. */
  button: string;
  /** Staff only: patients book, move and cancel, nothing else. */
  staffOnly: boolean;
}

/**
 * The one table of allowed changes. Completed, no-show and cancelled are final except that a
 * mistaken arrived / no-show / completed can be undone by staff on the appointment's own day.
 * Tested row by row in status-table.test.ts.
 */
export const TRANSITIONS: Record<Change, Transition> = {
  confirm: {
    from: ['booked'],
    to: 'confirmed',
    when: 'before_end',
    verb: 'confirm',
    button: 'Confirm',
    staffOnly: true,
  },
  check_in: {
    from: ['booked', 'confirmed'],
    to: 'arrived',
    when: 'on_its_day',
    verb: 'check in',
    button: 'Check in',
    staffOnly: true,
  },
  complete: {
    from: ['booked', 'confirmed', 'arrived'],
    to: 'completed',
    when: 'after_start',
    verb: 'complete',
    button: 'Complete',
    staffOnly: true,
  },
  no_show: {
    from: ['booked', 'confirmed'],
    to: 'no_show',
    when: 'after_start',
    verb: 'mark as a no-show',
    button: 'No-show',
    staffOnly: true,
  },
  cancel: {
    from: ['booked', 'confirmed'],
    to: 'cancelled',
    when: 'any',
    verb: 'cancel',
    button: 'Cancel appointment',
    staffOnly: false,
  },
  move: {
    from: ['booked', 'confirmed'],
    to: null,
    when: 'any',
    verb: 'move',
    button: 'Reschedule',
    staffOnly: false,
  },
  undo_check_in: {
    from: ['arrived'],
    to: 'confirmed',
    when: 'on_its_day',
    verb: 'undo the check-in of',
    button: 'Undo check-in',
    staffOnly: true,
  },
  undo_no_show: {
    from: ['no_show'],
    to: 'confirmed',
    when: 'on_its_day',
    verb: 'undo the no-show of',
    button: 'Undo no-show',
    staffOnly: true,
  },
  undo_complete: {
    from: ['completed'],
    to: 'arrived',
    when: 'on_its_day',
    verb: 'undo the completion of',
    button: 'Undo completed',
    staffOnly: true,
  },
};

/** The one-button changes staff may make from the appointment page (cancel and move have forms). */
export const BUTTON_CHANGES = ['confirm', 'check_in', 'complete', 'no_show'] as const;
export type ButtonChange = (typeof BUTTON_CHANGES)[number];
export const UNDO_CHANGES = ['undo_check_in', 'undo_no_show', 'undo_complete'] as const;
export type UndoChange = (typeof UNDO_CHANGES)[number];

/** Why a mistake is undone: a code and its words, so the audit log keeps it without free text. */
export const UNDO_REASONS = {
  wrong_appointment: 'Pressed on the wrong appointment',
  patient_not_here: 'The patient has not actually arrived',
  arrived_late: 'The patient arrived late after all',
  visit_not_finished: 'The visit is not finished',
} as const;
export type UndoReason = keyof typeof UNDO_REASONS;

export interface StatusSubject {
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
}

export interface ChangeContext {
  now: Date;
  timeZone: string;
  /**
   * Set for patients and API clients: online changes stop this many hours before the start
   * (ActorRules.cancellationCutoff), with the clinic's phone in the refusal.
   */
  online?: { cutoffHours: number; clinicPhone: string };
}

/** Why `change` is not possible now, in words for the person asking; null when it is. */
export function changeRefusal(a: StatusSubject, change: Change, ctx: ChangeContext): string | null {
  const t = TRANSITIONS[change];
  const current = STATUS_LABELS[a.status].toLowerCase();
  if (ctx.online) return onlineRefusal(a, change, ctx.now, ctx.online);
  if (!t.from.includes(a.status)) {
    return t.to === a.status && !change.startsWith('undo_')
      ? `This appointment is already ${current}.`
      : `You can’t ${t.verb} an appointment that is ${current}.`;
  }
  switch (t.when) {
    case 'before_end':
      return ctx.now >= a.endsAt ? 'This appointment is already over.' : null;
    case 'after_start':
      return ctx.now < a.startsAt
        ? 'It hasn’t started yet: mark it completed or a no-show once it has begun.'
        : null;
    case 'on_its_day':
      if (clinicDate(ctx.now, ctx.timeZone) === clinicDate(a.startsAt, ctx.timeZone)) return null;
      return change === 'check_in'
        ? 'Patients can be checked in only on the day of their appointment.'
        : 'A mistake can be undone only on the day of the appointment; after that, ask an admin to correct it.';
    case 'any':
      return null;
  }
}

const HOUR_MS = 3_600_000;

/** The same table, in a patient's words, plus the cut-off that sends late changes to a person. */
function onlineRefusal(
  a: StatusSubject,
  change: Change,
  now: Date,
  online: NonNullable<ChangeContext['online']>,
): string | null {
  if (TRANSITIONS[change].staffOnly) return 'Please ask the clinic to make this change.';
  if (a.status === 'cancelled') return 'This appointment has been cancelled.';
  if (!TRANSITIONS[change].from.includes(a.status))
    return 'This appointment has already taken place.';
  const untilStart = a.startsAt.getTime() - now.getTime();
  if (untilStart <= 0) return 'This appointment has already taken place.';
  if (untilStart < online.cutoffHours * HOUR_MS) {
    return (
      `Your appointment is less than ${online.cutoffHours} hours away, so it can't be changed online. ` +
      `Please call the clinic on ${online.clinicPhone} and we'll help.`
    );
  }
  return null;
}

/** The buttons to show staff for an appointment right now, undo included. */
export function availableChanges(
  a: StatusSubject,
  ctx: Omit<ChangeContext, 'online'>,
): Array<ButtonChange | UndoChange> {
  return [...BUTTON_CHANGES, ...UNDO_CHANGES].filter((c) => changeRefusal(a, c, ctx) === null);
}

export function canMove(a: { status: AppointmentStatus }): boolean {
  return TRANSITIONS.move.from.includes(a.status);
}

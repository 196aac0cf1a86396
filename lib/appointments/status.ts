import type { AppointmentStatus } from '@/db/schema';

/** Statuses in words: the schedule never says anything by colour alone. */
export const STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: 'Booked',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  completed: 'Completed',
  no_show: 'No-show',
  cancelled: 'Cancelled',
};

/** Changes a staff member can make with one button (cancelling also needs a reason). */
export type StatusChange = 'confirmed' | 'arrived' | 'completed' | 'no_show';
export type StatusTarget = StatusChange | 'cancelled';

export const CHANGE_VERBS: Record<StatusTarget, string> = {
  confirmed: 'confirm',
  arrived: 'check in',
  completed: 'complete',
  no_show: 'mark as a no-show',
  cancelled: 'cancel',
};

export const CHANGE_BUTTON_LABELS: Record<StatusChange, string> = {
  confirmed: 'Confirm',
  arrived: 'Check in',
  completed: 'Complete',
  no_show: 'No-show',
};

/** Where each status may go. Completed, no-show and cancelled are final. */
const NEXT: Record<AppointmentStatus, readonly StatusTarget[]> = {
  booked: ['confirmed', 'arrived', 'completed', 'no_show', 'cancelled'],
  confirmed: ['arrived', 'completed', 'no_show', 'cancelled'],
  arrived: ['completed'],
  completed: [],
  no_show: [],
  cancelled: [],
};

/** Statuses that still hold their time in the diary and can be moved. */
export const ACTIVE_STATUSES = ['booked', 'confirmed', 'arrived'] as const;
export const MOVABLE_STATUSES: readonly AppointmentStatus[] = ['booked', 'confirmed'];

export interface StatusSubject {
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
}

/** Why `to` is not allowed now, in words for staff; null when it is. */
export function transitionRefusal(a: StatusSubject, to: StatusTarget, now: Date): string | null {
  const current = STATUS_LABELS[a.status].toLowerCase();
  if (a.status === to) return `This appointment is already ${current}.`;
  if (!NEXT[a.status].includes(to)) {
    return `You can’t ${CHANGE_VERBS[to]} an appointment that is ${current}.`;
  }
  if ((to === 'completed' || to === 'no_show') && now < a.startsAt) {
    return 'It hasn’t started yet: mark it completed or a no-show once it has begun.';
  }
  if (to === 'confirmed' && now >= a.endsAt) return 'This appointment is already over.';
  return null;
}

/** The one-button changes to offer for an appointment right now. */
export function availableChanges(a: StatusSubject, now: Date): StatusChange[] {
  return (['confirmed', 'arrived', 'completed', 'no_show'] as const).filter(
    (to) => transitionRefusal(a, to, now) === null,
  );
}

export function canCancel(a: StatusSubject, now: Date): boolean {
  return transitionRefusal(a, 'cancelled', now) === null;
}

export function canReschedule(a: { status: AppointmentStatus }): boolean {
  return MOVABLE_STATUSES.includes(a.status);
}

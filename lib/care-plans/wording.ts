import type { SlotRejection } from '@/lib/availability';

/** Why a reviewed time can't be booked, beside its field. */
export function conflictMessage(reason: SlotRejection): string {
  switch (reason) {
    case 'conflict':
      return 'Taken meanwhile: choose another time.';
    case 'time-off':
      return 'The practitioner is away then: choose another time.';
    case 'closed':
      return 'The clinic is closed then: choose another time.';
    case 'past':
      return 'This time has passed: choose another.';
    case 'beyond-horizon':
      return 'Too far ahead to book yet: choose an earlier time.';
    case 'off-grid':
      return 'Not on the booking grid: choose a time from the diary (e.g. on the quarter hour).';
    case 'outside-working-hours':
      return 'Outside the practitioner’s hours: choose another time.';
    case 'too-soon':
      return 'Too soon: choose a later time.';
  }
}

import { describe, expect, it } from 'vitest';
import { availableChanges, canCancel, canReschedule, transitionRefusal } from './status';

const start = new Date('2030-06-04T16:00:00Z');
const end = new Date('2030-06-04T16:30:00Z');
const before = new Date('2030-06-04T15:00:00Z');
const during = new Date('2030-06-04T16:10:00Z');
const after = new Date('2030-06-04T17:00:00Z');
const appt = (status: Parameters<typeof transitionRefusal>[0]['status']) => ({
  status,
  startsAt: start,
  endsAt: end,
});

describe('appointment status changes', () => {
  it('offers confirm, check-in and cancel before the visit, complete and no-show once it started', () => {
    expect(availableChanges(appt('booked'), before)).toEqual(['confirmed', 'arrived']);
    expect(availableChanges(appt('booked'), during)).toEqual([
      'confirmed',
      'arrived',
      'completed',
      'no_show',
    ]);
    expect(availableChanges(appt('confirmed'), after)).toEqual(['arrived', 'completed', 'no_show']);
    expect(availableChanges(appt('arrived'), during)).toEqual(['completed']);
    expect(canCancel(appt('confirmed'), before)).toBe(true);
    expect(canCancel(appt('arrived'), before)).toBe(false);
  });

  it('treats completed, no-show and cancelled as final', () => {
    for (const status of ['completed', 'no_show', 'cancelled'] as const) {
      expect(availableChanges(appt(status), during)).toEqual([]);
      expect(canCancel(appt(status), during)).toBe(false);
      expect(canReschedule(appt(status))).toBe(false);
    }
    expect(transitionRefusal(appt('cancelled'), 'completed', after)).toBe(
      'You can’t complete an appointment that is cancelled.',
    );
    expect(transitionRefusal(appt('booked'), 'completed', before)).toMatch(/hasn’t started/);
    expect(transitionRefusal(appt('booked'), 'confirmed', after)).toMatch(/already over/);
    expect(transitionRefusal(appt('arrived'), 'arrived', during)).toBe(
      'This appointment is already arrived.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { changeBlockedReason } from './booking-view';

const clinic = { phone: '+1 503-555-0147' };
const start = new Date('2030-05-07T16:00:00Z');
const hoursBefore = (h: number) => new Date(start.getTime() - h * 3_600_000);

describe('changeBlockedReason', () => {
  it('allows changes to a future booking outside the cut-off', () => {
    expect(
      changeBlockedReason({ status: 'booked', startsAt: start }, clinic, 24, hoursBefore(25)),
    ).toBeNull();
    expect(
      changeBlockedReason({ status: 'confirmed', startsAt: start }, clinic, 24, hoursBefore(24)),
    ).toBeNull();
  });

  it('sends late changes to the phone', () => {
    expect(
      changeBlockedReason({ status: 'booked', startsAt: start }, clinic, 24, hoursBefore(23.9)),
    ).toMatch(/call the clinic on \+1 503-555-0147/);
  });

  it('refuses cancelled, past and already attended bookings', () => {
    expect(
      changeBlockedReason({ status: 'cancelled', startsAt: start }, clinic, 24, hoursBefore(48)),
    ).toMatch(/cancelled/);
    expect(changeBlockedReason({ status: 'booked', startsAt: start }, clinic, 0, start)).toMatch(
      /already taken place/,
    );
    expect(
      changeBlockedReason({ status: 'arrived', startsAt: start }, clinic, 24, hoursBefore(48)),
    ).toMatch(/already taken place/);
  });
});

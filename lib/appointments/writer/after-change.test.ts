import { describe, expect, it } from 'vitest';
import { freedBy, type AppointmentState } from './after-change';

const base: AppointmentState = {
  id: 'a',
  practitionerId: 'p1',
  serviceId: 's',
  status: 'booked',
  startsAt: new Date('2030-01-07T17:00:00Z'),
  endsAt: new Date('2030-01-07T18:00:00Z'),
};
const min = (m: number) => new Date(base.startsAt.getTime() + m * 60_000);

describe('the time a change frees (for a waitlist to offer)', () => {
  it('is the whole visit for a cancellation, and nothing for a booking or a status change', () => {
    expect(
      freedBy({ change: 'cancel', before: base, after: { ...base, status: 'cancelled' } }),
    ).toEqual([{ practitionerId: 'p1', serviceId: 's', start: base.startsAt, end: base.endsAt }]);
    expect(freedBy({ change: 'book', before: null, after: base })).toEqual([]);
    expect(
      freedBy({ change: 'no_show', before: base, after: { ...base, status: 'no_show' } }),
    ).toEqual([]);
  });

  it('is the part of the old time a move no longer covers', () => {
    const later = { ...base, startsAt: min(30), endsAt: min(90) };
    expect(freedBy({ change: 'move', before: base, after: later })).toEqual([
      { practitionerId: 'p1', serviceId: 's', start: base.startsAt, end: min(30) },
    ]);
    const earlier = { ...base, startsAt: min(-30), endsAt: min(30) };
    expect(freedBy({ change: 'move', before: base, after: earlier })).toEqual([
      { practitionerId: 'p1', serviceId: 's', start: min(30), end: base.endsAt },
    ]);
    const elsewhere = { ...base, startsAt: min(600), endsAt: min(660) };
    expect(freedBy({ change: 'move', before: base, after: elsewhere })).toEqual([
      { practitionerId: 'p1', serviceId: 's', start: base.startsAt, end: base.endsAt },
    ]);
    expect(
      freedBy({ change: 'move', before: base, after: { ...base, practitionerId: 'p2' } }),
    ).toEqual([{ practitionerId: 'p1', serviceId: 's', start: base.startsAt, end: base.endsAt }]);
  });
});

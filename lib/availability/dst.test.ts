import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { availableSlots, isSlotAvailable } from './index';
import { LA, clock, local, policy, practitioner, service, utc } from './test-fixtures';
import type { AvailabilityQuery, Slot } from './types';

const SPRING_FORWARD = '2026-03-08'; // Sunday; 02:00 PST → 03:00 PDT
const FALL_BACK = '2026-11-01'; // Sunday; 02:00 PDT → 01:00 PST
const ORDINARY_SUNDAY = '2026-03-15';

function sunday(start: string, end: string, date: string, zone = LA): AvailabilityQuery {
  return {
    practitioner: practitioner([{ weekday: 7, start, end }]),
    service: service(),
    policy: policy({ timeZone: zone, horizonDays: 400 }),
    now: new Date('2026-01-01T00:00:00Z'),
    from: date,
    to: date,
  };
}

/** Local wall time with its offset, e.g. '01:30-07:00', so repeated hours stay distinguishable. */
function withOffset(slots: readonly Slot[], zone = LA): string[] {
  return slots.map((s) => DateTime.fromJSDate(s.start, { zone }).toFormat('HH:mmZZ'));
}

function expectStrictlyIncreasing(slots: readonly Slot[]): void {
  for (let i = 1; i < slots.length; i++) {
    expect(slots[i]!.start.getTime()).toBeGreaterThan(slots[i - 1]!.start.getTime());
  }
}

describe('America/Los_Angeles 09:00–17:00 on both transition days', () => {
  const ordinary = availableSlots(sunday('09:00', '17:00', ORDINARY_SUNDAY));

  it.each([
    [SPRING_FORWARD, '2026-03-08T16:00:00.000Z', '2026-03-09T00:00:00.000Z'],
    [FALL_BACK, '2026-11-01T17:00:00.000Z', '2026-11-02T01:00:00.000Z'],
  ])('%s opens at 09:00 local and closes at 17:00 local', (date, firstStart, lastEnd) => {
    const slots = availableSlots(sunday('09:00', '17:00', date));
    expect(slots[0]?.start.toISOString()).toBe(firstStart);
    expect(slots.at(-1)?.end.toISOString()).toBe(lastEnd);
    expect(slots).toHaveLength(ordinary.length);
    expect(ordinary).toHaveLength(16);
    expect(clock(slots)).toEqual(clock(ordinary));
  });
});

describe('America/Los_Angeles spring forward (2026-03-08)', () => {
  it('never starts a slot in the skipped hour and keeps stepping in real time', () => {
    const slots = availableSlots(sunday('00:00', '05:00', SPRING_FORWARD));
    expect(withOffset(slots)).toEqual([
      '00:00-08:00',
      '00:30-08:00',
      '01:00-08:00',
      '01:30-08:00',
      '03:00-07:00',
      '03:30-07:00',
      '04:00-07:00',
      '04:30-07:00',
    ]);
    expect(utc(slots)[4]).toBe('2026-03-08T10:00:00.000Z');
    expectStrictlyIncreasing(slots);
  });

  it('snaps a window that opens inside the gap to 03:00', () => {
    const slots = availableSlots(sunday('02:30', '05:00', SPRING_FORWARD));
    expect(clock(slots)).toEqual(['03:00', '03:30', '04:00', '04:30']);
  });

  it('snaps a window that closes inside the gap to 03:00, so nothing runs past it', () => {
    const slots = availableSlots(sunday('00:00', '02:30', SPRING_FORWARD));
    expect(clock(slots)).toEqual(['00:00', '00:30', '01:00', '01:30']);
    expect(slots.at(-1)?.end.toISOString()).toBe('2026-03-08T10:00:00.000Z');
  });

  it('offers nothing for a window that lies entirely inside the gap', () => {
    expect(availableSlots(sunday('02:00', '02:45', SPRING_FORWARD))).toEqual([]);
  });

  it('measures the horizon in calendar days, so it is 23 real hours long across the change', () => {
    const q = {
      ...sunday('09:00', '17:00', SPRING_FORWARD),
      now: local('2026-03-07T10:00'),
      policy: policy({ horizonDays: 1 }),
      from: '2026-03-07',
    };
    // now + 1 day = 2026-03-08 10:00 PDT, not 11:00.
    expect(clock(availableSlots(q))).toEqual(['09:00', '09:30']);
  });
});

describe('America/Los_Angeles fall back (2026-11-01)', () => {
  it('offers the repeated hour once per real occurrence, with no duplicate instants', () => {
    const slots = availableSlots(sunday('00:00', '04:00', FALL_BACK));
    expect(withOffset(slots)).toEqual([
      '00:00-07:00',
      '00:30-07:00',
      '01:00-07:00',
      '01:30-07:00',
      '01:00-08:00',
      '01:30-08:00',
      '02:00-08:00',
      '02:30-08:00',
      '03:00-08:00',
      '03:30-08:00',
    ]);
    expect(utc(slots)[0]).toBe('2026-11-01T07:00:00.000Z');
    expect(utc(slots).at(-1)).toBe('2026-11-01T11:30:00.000Z');
    expect(new Set(utc(slots)).size).toBe(slots.length);
    expectStrictlyIncreasing(slots);
  });

  it('reads an ambiguous opening or closing time as its first occurrence', () => {
    const opening = availableSlots(sunday('01:00', '03:00', FALL_BACK));
    expect(utc(opening)[0]).toBe('2026-11-01T08:00:00.000Z'); // 01:00 PDT
    expect(opening).toHaveLength(6); // three real hours

    const closing = availableSlots(sunday('00:00', '01:30', FALL_BACK));
    expect(closing.at(-1)?.end.toISOString()).toBe('2026-11-01T08:30:00.000Z'); // 01:30 PDT
    expect(closing).toHaveLength(3);
  });
});

describe('isSlotAvailable on transition days', () => {
  it.each([
    [SPRING_FORWARD, '00:00', '05:00'],
    [FALL_BACK, '00:00', '04:00'],
    [FALL_BACK, '01:15', '03:00'],
  ])('agrees with availableSlots for every 5-minute instant of %s (%s–%s)', (date, s, e) => {
    const q = { ...sunday(s, e, date), service: service({ durationMinutes: 45 }) };
    const offered = new Set(availableSlots(q).map((slot) => slot.start.getTime()));
    expect(offered.size).toBeGreaterThan(0);
    const from = new Date(`${date}T00:00:00Z`).getTime();
    for (let t = from; t < from + 36 * 3_600_000; t += 300_000) {
      expect(isSlotAvailable({ ...q, start: new Date(t) }), new Date(t).toISOString()).toBe(
        offered.has(t),
      );
    }
  });
});

describe('Europe/London (2026-03-29 forward 01:00→02:00, 2026-10-25 back 02:00→01:00)', () => {
  const LONDON = 'Europe/London';

  it.each([
    ['2026-03-29', '2026-03-29T08:00:00.000Z'],
    ['2026-10-25', '2026-10-25T09:00:00.000Z'],
  ])('%s opens at 09:00 local with a full day of slots', (date, firstStart) => {
    const slots = availableSlots(sunday('09:00', '17:00', date, LONDON));
    expect(slots[0]?.start.toISOString()).toBe(firstStart);
    expect(slots).toHaveLength(16);
  });

  it('skips 01:00–02:00 on the spring-forward night', () => {
    const slots = availableSlots(sunday('00:00', '03:00', '2026-03-29', LONDON));
    expect(clock(slots, LONDON)).toEqual(['00:00', '00:30', '02:00', '02:30']);
  });

  it('repeats 01:00–02:00 on the fall-back night without duplicates', () => {
    const slots = availableSlots(sunday('00:00', '03:00', '2026-10-25', LONDON));
    expect(withOffset(slots, LONDON)).toEqual([
      '00:00+01:00',
      '00:30+01:00',
      '01:00+01:00',
      '01:30+01:00',
      '01:00+00:00',
      '01:30+00:00',
      '02:00+00:00',
      '02:30+00:00',
    ]);
  });
});

describe('Australia/Lord_Howe, where DST moves the clock by 30 minutes', () => {
  it('skips 02:00–02:30 on 2026-10-04', () => {
    const slots = availableSlots(sunday('01:00', '04:00', '2026-10-04', 'Australia/Lord_Howe'));
    expect(clock(slots, 'Australia/Lord_Howe')).toEqual([
      '01:00',
      '01:30',
      '02:30',
      '03:00',
      '03:30',
    ]);
  });
});

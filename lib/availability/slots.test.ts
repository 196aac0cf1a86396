import { describe, expect, it } from 'vitest';
import {
  availableSlots,
  checkSlot,
  conflictingAppointments,
  daysWithOpenings,
  firstAvailableSlots,
  groupByPartOfDay,
  isSlotAvailable,
  overlaps,
} from './index';
import { LA, appointment, clock, local, policy, practitioner, service } from './test-fixtures';
import type { AvailabilityQuery, BusyAppointment, PractitionerAvailabilityInput } from './types';

const TUESDAY = '2026-03-10';
const NOW = local('2026-03-01T00:00');
const tuesdayMorning = [{ weekday: 2 as const, start: '09:00', end: '12:00' }];

function query(overrides: Partial<AvailabilityQuery> = {}): AvailabilityQuery {
  return {
    practitioner: practitioner(tuesdayMorning),
    service: service(),
    policy: policy(),
    now: NOW,
    from: TUESDAY,
    to: TUESDAY,
    ...overrides,
  };
}

describe('availableSlots: working hours and the step grid', () => {
  it('steps through the window and ends with a slot that finishes exactly at closing', () => {
    const slots = availableSlots(query());
    expect(clock(slots)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    expect(slots.at(-1)?.end).toEqual(local(`${TUESDAY}T12:00`));
    expect(slots.every((s) => s.practitionerId === 'dr-a')).toBe(true);
  });

  it('keeps a long visit inside the window even when the step is shorter than the visit', () => {
    const slots = availableSlots(query({ service: service({ durationMinutes: 60 }) }));
    expect(clock(slots)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00']);
    expect(slots.every((s) => s.end.getTime() - s.start.getTime() === 3_600_000)).toBe(true);
  });

  it('drops the last step when the visit would run past closing', () => {
    const hours = [{ weekday: 2 as const, start: '09:00', end: '10:45' }];
    const slots = availableSlots(query({ practitioner: practitioner(hours) }));
    expect(clock(slots)).toEqual(['09:00', '09:30', '10:00']);
  });

  it('uses the step from each window start, not from midnight', () => {
    const hours = [{ weekday: 2 as const, start: '09:10', end: '10:30' }];
    const slots = availableSlots(
      query({ practitioner: practitioner(hours), policy: policy({ slotStepMinutes: 20 }) }),
    );
    expect(clock(slots)).toEqual(['09:10', '09:30', '09:50']);
  });

  it('only offers weekdays that have hours, over a multi-day range', () => {
    const slots = availableSlots(query({ from: '2026-03-09', to: '2026-03-17' }));
    expect(daysWithOpenings(slots, LA)).toEqual([
      { date: '2026-03-10', count: 6 },
      { date: '2026-03-17', count: 6 },
    ]);
  });

  it('handles a lunch break as two windows', () => {
    const hours = [
      { weekday: 2 as const, start: '09:00', end: '10:00' },
      { weekday: 2 as const, start: '13:00', end: '14:00' },
    ];
    const slots = availableSlots(query({ practitioner: practitioner(hours) }));
    expect(clock(slots)).toEqual(['09:00', '09:30', '13:00', '13:30']);
  });

  it('merges touching or overlapping windows so a visit may span the seam', () => {
    const hours = [
      { weekday: 2 as const, start: '12:00', end: '13:00' },
      { weekday: 2 as const, start: '09:00', end: '12:00' },
      { weekday: 2 as const, start: '10:00', end: '11:00' },
    ];
    const slots = availableSlots(
      query({ practitioner: practitioner(hours), service: service({ durationMinutes: 60 }) }),
    );
    expect(clock(slots)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00']);
  });

  it('returns nothing when from is after to', () => {
    expect(availableSlots(query({ from: '2026-03-11', to: TUESDAY }))).toEqual([]);
  });
});

describe('availableSlots: appointments, buffers and time off', () => {
  it('allows back-to-back visits when there are no buffers', () => {
    const busy = [appointment(`${TUESDAY}T10:00`, `${TUESDAY}T10:30`)];
    const slots = availableSlots(
      query({ practitioner: practitioner(tuesdayMorning, { appointments: busy }) }),
    );
    expect(clock(slots)).toEqual(['09:00', '09:30', '10:30', '11:00', '11:30']);
  });

  it('applies the new service buffers and the existing appointment buffers on both sides', () => {
    // Existing visit blocks 09:55–10:35; a new slot s blocks [s − 10, s + 30 + 15).
    const busy = [appointment(`${TUESDAY}T10:00`, `${TUESDAY}T10:30`, 5, 5)];
    const slots = availableSlots(
      query({
        practitioner: practitioner(tuesdayMorning, { appointments: busy }),
        service: service({ bufferBeforeMinutes: 10, bufferAfterMinutes: 15 }),
        policy: policy({ slotStepMinutes: 15 }),
      }),
    );
    // 09:00 blocks until 09:45 (clear); 10:45 blocks from 10:35 (touching, so clear).
    expect(clock(slots)).toEqual(['09:00', '10:45', '11:00', '11:15', '11:30']);
  });

  it('lets buffers fall outside working hours but still counts them against other bookings', () => {
    const hours = [{ weekday: 2 as const, start: '09:00', end: '10:00' }];
    const buffered = service({ bufferBeforeMinutes: 15, bufferAfterMinutes: 15 });
    const free = availableSlots(query({ practitioner: practitioner(hours), service: buffered }));
    expect(clock(free)).toEqual(['09:00', '09:30']);

    const early = [appointment(`${TUESDAY}T08:30`, `${TUESDAY}T08:50`)];
    const blocked = availableSlots(
      query({ practitioner: practitioner(hours, { appointments: early }), service: buffered }),
    );
    expect(clock(blocked)).toEqual(['09:30']);
  });

  it('ignores appointments on other days and zero-length records', () => {
    const busy = [
      appointment('2026-03-09T10:00', '2026-03-09T11:00'),
      appointment(`${TUESDAY}T10:15`, `${TUESDAY}T10:15`),
    ];
    const slots = availableSlots(
      query({ practitioner: practitioner(tuesdayMorning, { appointments: busy }) }),
    );
    expect(slots).toHaveLength(6);
  });

  it('excludes slots whose visit or buffers touch time off', () => {
    const timeOff = [{ start: local(`${TUESDAY}T10:00`), end: local(`${TUESDAY}T11:00`) }];
    const plain = availableSlots(
      query({ practitioner: practitioner(tuesdayMorning, { timeOff }) }),
    );
    expect(clock(plain)).toEqual(['09:00', '09:30', '11:00', '11:30']);

    const buffered = availableSlots(
      query({
        practitioner: practitioner(tuesdayMorning, { timeOff }),
        service: service({ bufferAfterMinutes: 5 }),
      }),
    );
    expect(clock(buffered)).toEqual(['09:00', '11:00', '11:30']);
  });

  it('blocks a whole day of time off spanning several days', () => {
    const timeOff = [{ start: local('2026-03-09T00:00'), end: local('2026-03-12T00:00') }];
    const slots = availableSlots(
      query({ practitioner: practitioner(tuesdayMorning, { timeOff }), to: '2026-03-17' }),
    );
    expect(daysWithOpenings(slots, LA)).toEqual([{ date: '2026-03-17', count: 6 }]);
  });
});

describe('availableSlots: notice, horizon and the past', () => {
  it('starts no earlier than now + minimum notice', () => {
    const slots = availableSlots(
      query({ now: local(`${TUESDAY}T09:10`), policy: policy({ minNoticeMinutes: 60 }) }),
    );
    expect(clock(slots)).toEqual(['10:30', '11:00', '11:30']);
  });

  it('treats a start exactly at now + notice as bookable', () => {
    const slots = availableSlots(
      query({ now: local(`${TUESDAY}T09:30`), policy: policy({ minNoticeMinutes: 30 }) }),
    );
    expect(clock(slots)[0]).toBe('10:00');
  });

  it('returns nothing for dates before today', () => {
    expect(availableSlots(query({ now: local('2026-03-11T08:00'), to: TUESDAY }))).toEqual([]);
  });

  it('stops before now + horizon days (exclusive)', () => {
    const everyDay = ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({
      weekday,
      start: '09:00',
      end: '12:00',
    }));
    const slots = availableSlots(
      query({
        practitioner: practitioner(everyDay),
        now: local(`${TUESDAY}T10:00`),
        policy: policy({ horizonDays: 2 }),
        to: '2026-03-20',
      }),
    );
    expect(daysWithOpenings(slots, LA)).toEqual([
      { date: '2026-03-10', count: 4 },
      { date: '2026-03-11', count: 6 },
      { date: '2026-03-12', count: 2 },
    ]);
    expect(slots.at(-1)?.start).toEqual(local('2026-03-12T09:30'));
  });

  it('offers nothing with a zero-day horizon', () => {
    expect(availableSlots(query({ policy: policy({ horizonDays: 0 }) }))).toEqual([]);
  });
});

describe('firstAvailableSlots', () => {
  const a = practitioner([{ weekday: 2, start: '09:00', end: '11:00' }], {
    practitionerId: 'dr-a',
    appointments: [appointment(`${TUESDAY}T09:00`, `${TUESDAY}T09:30`)],
  });
  const b = practitioner([{ weekday: 2, start: '10:00', end: '12:00' }], {
    practitionerId: 'dr-b',
  });

  it('returns one slot per distinct start, giving shared starts to the less booked practitioner', () => {
    const slots = firstAvailableSlots({
      practitioners: [a, b],
      service: service(),
      policy: policy(),
      now: NOW,
      from: TUESDAY,
      to: TUESDAY,
    });
    expect(clock(slots)).toEqual(['09:30', '10:00', '10:30', '11:00', '11:30']);
    expect(slots.map((s) => s.practitionerId)).toEqual(['dr-a', 'dr-b', 'dr-b', 'dr-b', 'dr-b']);
  });

  it('breaks equal load by practitioner id regardless of input order', () => {
    const next = '2026-03-17';
    const slots = firstAvailableSlots({
      practitioners: [b, a],
      service: service(),
      policy: policy(),
      now: NOW,
      from: next,
      to: next,
    });
    expect(clock(slots)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    expect(slots.map((s) => s.practitionerId)).toEqual([
      'dr-a',
      'dr-a',
      'dr-a',
      'dr-a',
      'dr-b',
      'dr-b',
    ]);
  });

  it('rejects duplicate practitioner ids and returns nothing for nobody', () => {
    const base = { service: service(), policy: policy(), now: NOW, from: TUESDAY, to: TUESDAY };
    expect(() => firstAvailableSlots({ ...base, practitioners: [a, a] })).toThrow(/Duplicate/);
    expect(firstAvailableSlots({ ...base, practitioners: [] })).toEqual([]);
  });
});

describe('checkSlot / isSlotAvailable', () => {
  const busy = [appointment(`${TUESDAY}T10:00`, `${TUESDAY}T10:30`)];
  const timeOff = [{ start: local(`${TUESDAY}T11:00`), end: local(`${TUESDAY}T12:00`) }];
  const p = practitioner(tuesdayMorning, { appointments: busy, timeOff });
  const check = (start: string, now = NOW) =>
    checkSlot({
      practitioner: p,
      service: service(),
      policy: policy({ horizonDays: 14 }),
      now,
      start: local(start),
    });

  it('explains each kind of rejection', () => {
    expect(check(`${TUESDAY}T09:30`)).toEqual({ available: true });
    expect(check(`${TUESDAY}T09:10`)).toEqual({ available: false, reason: 'off-grid' });
    expect(check(`${TUESDAY}T12:00`)).toEqual({
      available: false,
      reason: 'outside-working-hours',
    });
    expect(check(`${TUESDAY}T10:00`)).toEqual({ available: false, reason: 'conflict' });
    expect(check(`${TUESDAY}T11:00`)).toEqual({ available: false, reason: 'time-off' });
    expect(check(`${TUESDAY}T09:00`, local(`${TUESDAY}T09:01`))).toEqual({
      available: false,
      reason: 'past',
    });
    expect(
      checkSlot({
        practitioner: p,
        service: service(),
        policy: policy({ horizonDays: 14, minNoticeMinutes: 120 }),
        now: local(`${TUESDAY}T08:00`),
        start: local(`${TUESDAY}T09:30`),
      }),
    ).toEqual({ available: false, reason: 'too-soon' });
    expect(check('2026-03-17T09:00', local(`${TUESDAY}T08:00`))).toEqual({ available: true });
    expect(check('2026-03-24T09:00', local(`${TUESDAY}T08:00`))).toEqual({
      available: false,
      reason: 'beyond-horizon',
    });
  });

  it('refuses a visit that overlaps a clinic closure, and says so before anything else', () => {
    const closures = [{ start: local(`${TUESDAY}T09:30`), end: local(`${TUESDAY}T10:00`) }];
    const closed = (start: string) =>
      checkSlot({
        practitioner: p,
        service: service(),
        policy: policy({ horizonDays: 14 }),
        now: NOW,
        start: local(start),
        closures,
      });
    expect(closed(`${TUESDAY}T09:30`)).toEqual({ available: false, reason: 'closed' });
    expect(closed(`${TUESDAY}T09:45`)).toEqual({ available: false, reason: 'closed' });
    // Touching the closure is fine, and a closure does not explain an unrelated time.
    expect(closed(`${TUESDAY}T09:00`)).toEqual({ available: true });
    expect(closed(`${TUESDAY}T12:00`)).toEqual({
      available: false,
      reason: 'outside-working-hours',
    });
    const offered = availableSlots({ ...query({ practitioner: p }), closures }).map((s) =>
      s.start.getTime(),
    );
    expect(offered).toContain(local(`${TUESDAY}T09:00`).getTime());
    expect(offered).not.toContain(local(`${TUESDAY}T09:30`).getTime());
    expect(
      firstAvailableSlots({
        practitioners: [p],
        service: service(),
        policy: policy(),
        now: NOW,
        from: TUESDAY,
        to: TUESDAY,
        closures,
      }).map((s) => s.start.getTime()),
    ).toEqual(offered);
  });

  it('agrees with availableSlots for every 5-minute probe of the day', () => {
    const q = query({ practitioner: p, service: service({ bufferAfterMinutes: 10 }) });
    const offered = new Set(availableSlots(q).map((s) => s.start.getTime()));
    expect(offered.size).toBeGreaterThan(0);
    const dayStart = local(`${TUESDAY}T00:00`).getTime();
    for (let t = dayStart; t < dayStart + 86_400_000; t += 300_000) {
      const ok = isSlotAvailable({ ...q, start: new Date(t) });
      expect(ok, new Date(t).toISOString()).toBe(offered.has(t));
    }
  });
});

describe('calendar helpers', () => {
  const at = (iso: string) => ({ start: local(iso), end: local(iso) });

  it('counts openings per clinic-local date, not per UTC date', () => {
    // 17:30 in Los Angeles is already the next day in UTC.
    const slots = [at('2026-03-10T17:30'), at('2026-03-10T09:00'), at('2026-03-12T08:00')];
    expect(daysWithOpenings(slots, LA)).toEqual([
      { date: '2026-03-10', count: 2 },
      { date: '2026-03-12', count: 1 },
    ]);
  });

  it('splits morning, afternoon and evening at 12:00 and 17:00 local', () => {
    const slots = ['08:00', '11:59', '12:00', '16:59', '17:00', '20:30'].map((t) =>
      at(`${TUESDAY}T${t}`),
    );
    const parts = groupByPartOfDay(slots, LA);
    expect(clock(parts.morning)).toEqual(['08:00', '11:59']);
    expect(clock(parts.afternoon)).toEqual(['12:00', '16:59']);
    expect(clock(parts.evening)).toEqual(['17:00', '20:30']);
  });

  it('treats touching intervals and empty intervals as non-overlapping', () => {
    const i = (s: string, e: string) => ({ start: local(s), end: local(e) });
    expect(
      overlaps(
        i(`${TUESDAY}T09:00`, `${TUESDAY}T09:30`),
        i(`${TUESDAY}T09:30`, `${TUESDAY}T10:00`),
      ),
    ).toBe(false);
    expect(
      overlaps(
        i(`${TUESDAY}T09:00`, `${TUESDAY}T10:00`),
        i(`${TUESDAY}T09:30`, `${TUESDAY}T09:30`),
      ),
    ).toBe(false);
    expect(
      overlaps(
        i(`${TUESDAY}T09:00`, `${TUESDAY}T10:00`),
        i(`${TUESDAY}T09:59`, `${TUESDAY}T11:00`),
      ),
    ).toBe(true);
  });

  it('lists the appointments a proposed booking conflicts with', () => {
    // The proposed visit blocks 10:00–10:35.
    const rows = [
      { id: 1, ...appointment(`${TUESDAY}T09:00`, `${TUESDAY}T10:00`) },
      { id: 2, ...appointment(`${TUESDAY}T10:35`, `${TUESDAY}T11:00`, 1, 0) },
      { id: 3, ...appointment(`${TUESDAY}T10:40`, `${TUESDAY}T11:00`, 5, 0) },
    ];
    const hits = conflictingAppointments(
      local(`${TUESDAY}T10:00`),
      service({ bufferAfterMinutes: 5 }),
      rows,
    );
    expect(hits.map((r) => r.id)).toEqual([2]);
  });
});

describe('input validation', () => {
  it.each([
    ['an unknown zone', { policy: policy({ timeZone: 'Mars/Olympus_Mons' }) }, /time zone/],
    ['a zero step', { policy: policy({ slotStepMinutes: 0 }) }, /slotStepMinutes/],
    ['a fractional step', { policy: policy({ slotStepMinutes: 7.5 }) }, /slotStepMinutes/],
    ['a zero duration', { service: service({ durationMinutes: 0 }) }, /durationMinutes/],
    ['a negative buffer', { service: service({ bufferBeforeMinutes: -5 }) }, /bufferBeforeMinutes/],
    ['negative notice', { policy: policy({ minNoticeMinutes: -1 }) }, /minNoticeMinutes/],
    ['a malformed date', { from: '2026-3-10' }, /^from must be a 'YYYY-MM-DD' date/],
    ['an impossible date', { to: '2026-02-30' }, /^to is not a real calendar date/],
    ['an invalid now', { now: new Date('nope') }, /^now must be a valid Date/],
    [
      'hours ending before they start',
      { practitioner: practitioner([{ weekday: 2, start: '12:00', end: '09:00' }]) },
      /end after/,
    ],
    [
      'a malformed clock time',
      { practitioner: practitioner([{ weekday: 2, start: '9:00', end: '12:00' }]) },
      /HH:mm/,
    ],
    [
      'an appointment ending before it starts',
      {
        practitioner: practitioner(tuesdayMorning, {
          appointments: [appointment(`${TUESDAY}T10:00`, `${TUESDAY}T09:00`)],
        }),
      },
      /ends before/,
    ],
  ] as const)('throws on %s', (_name, overrides, message) => {
    expect(() => availableSlots(query(overrides as Partial<AvailabilityQuery>))).toThrow(message);
  });

  it('validates the zone of the calendar helpers too', () => {
    expect(() => daysWithOpenings([], 'Nowhere/Else')).toThrow(/time zone/);
  });
});

describe('performance sanity', () => {
  it('handles 60 days × 3 practitioners × ~3,000 appointments well under 50 ms', () => {
    const weekdays = [
      { weekday: 1 as const, start: '08:00', end: '12:00' },
      { weekday: 1 as const, start: '13:00', end: '18:00' },
      { weekday: 2 as const, start: '08:00', end: '18:00' },
      { weekday: 3 as const, start: '08:00', end: '18:00' },
      { weekday: 4 as const, start: '08:00', end: '20:00' },
      { weekday: 5 as const, start: '08:00', end: '17:00' },
      { weekday: 6 as const, start: '09:00', end: '13:00' },
    ];
    const startMs = local('2026-03-02T08:00').getTime();
    const practitioners: PractitionerAvailabilityInput[] = ['p1', 'p2', 'p3'].map((id, k) => {
      const appointments: BusyAppointment[] = [];
      for (let i = 0; i < 1_000; i++) {
        // Deterministic spread over 60 days of 15-minute-aligned starts.
        const start = startMs + ((i * 7_919 + k * 131) % (60 * 96)) * 900_000;
        appointments.push({
          start: new Date(start),
          end: new Date(start + 30 * 60_000),
          bufferBeforeMinutes: 5,
          bufferAfterMinutes: 10,
        });
      }
      return practitioner(weekdays, { practitionerId: id, appointments });
    });
    const base = {
      service: service({ bufferAfterMinutes: 10 }),
      policy: policy({ slotStepMinutes: 15, horizonDays: 90 }),
      now: local('2026-03-01T12:00'),
      from: '2026-03-01',
      to: '2026-04-29',
    };
    const run = () => ({
      merged: firstAvailableSlots({ ...base, practitioners }),
      each: practitioners.map((p) => availableSlots({ ...base, practitioner: p })),
    });
    const { merged, each } = run(); // also the warm-up: JIT and luxon's Intl caches

    // Best of five, so a GC pause or a busy CI neighbour cannot fail the test; an accidental
    // O(slots × appointments) loop is slow on every run.
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      run();
      best = Math.min(best, performance.now() - t0);
    }

    expect(merged.length).toBeGreaterThan(1_000);
    expect(each.every((slots) => slots.length > 200)).toBe(true);
    expect(best).toBeLessThan(50);
  });
});

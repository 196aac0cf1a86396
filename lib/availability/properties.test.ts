import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { availableSlots, firstAvailableSlots, isSlotAvailable } from './index';
import type {
  AvailabilityQuery,
  BusyAppointment,
  Interval,
  PractitionerAvailabilityInput,
  Weekday,
  WeeklyHours,
} from './types';

// The engine is checked against a deliberately naive reference: window edges are found by
// scanning real minutes and reading luxon's local clock, and conflicts by comparing against
// every busy interval. It shares no code with the engine.

const MIN = 60_000;
const ZONES = [
  'America/Los_Angeles',
  'Europe/London',
  'Australia/Lord_Howe', // DST shifts by 30 minutes
  'Asia/Kolkata', // no DST, +05:30
  'UTC',
] as const;
// A few days before each 2026 transition of the zones above, plus an ordinary week, so most
// scenarios cross a clock change.
const ANCHORS = [
  '2026-03-06',
  '2026-03-27',
  '2026-04-03',
  '2026-10-02',
  '2026-10-23',
  '2026-10-30',
  '2026-06-10',
];

const anchorMs = (anchor: string) => Date.parse(`${anchor}T00:00:00Z`);
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const overlap = (a0: number, a1: number, b0: number, b1: number) =>
  Math.max(a0, b0) < Math.min(a1, b1);

const referenceEdges = new Map<string, number>();
/** First real minute at which the clinic clock reads at least `minuteOfDay` on `date`. */
function referenceEdge(zone: string, date: string, minuteOfDay: number): number {
  const key = `${zone}|${date}|${minuteOfDay}`;
  const known = referenceEdges.get(key);
  if (known !== undefined) return known;
  const target = Date.parse(`${date}T00:00:00Z`) + minuteOfDay * MIN;
  const offsets = [-30, 0, 30].map(
    (h) => DateTime.fromMillis(target + h * 60 * MIN, { zone }).offset,
  );
  // wall(t) = t + offset(t) < target for every t before `target − max offset`.
  for (let t = target - Math.max(...offsets) * MIN; ; t += MIN) {
    if (t + DateTime.fromMillis(t, { zone }).offset * MIN >= target) {
      referenceEdges.set(key, t);
      return t;
    }
  }
}

function referenceWindows(zone: string, hours: readonly WeeklyHours[], date: string) {
  const weekday = DateTime.fromISO(date, { zone: 'utc' }).weekday;
  const windows = hours
    .filter((h) => h.weekday === weekday)
    .map((h) => {
      const [sh = 0, sm = 0] = h.start.split(':').map(Number);
      const [eh = 0, em = 0] = h.end.split(':').map(Number);
      return [referenceEdge(zone, date, sh * 60 + sm), referenceEdge(zone, date, eh * 60 + em)];
    })
    .filter(([s = 0, e = 0]) => e > s)
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  const merged: [number, number][] = [];
  for (const [s = 0, e = 0] of windows) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

function datesOf(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let t = anchorMs(from); t <= anchorMs(to); t += 1440 * MIN) dates.push(isoDate(t));
  return dates;
}

/** Grid candidates before any filtering, and the ones the rules keep. */
function reference(q: AvailabilityQuery) {
  const zone = q.policy.timeZone;
  const nowMs = q.now.getTime();
  const today = DateTime.fromMillis(nowMs, { zone }).toISODate() ?? '';
  const horizonEnd = DateTime.fromMillis(nowMs, { zone })
    .plus({ days: q.policy.horizonDays })
    .toMillis();
  const dur = q.service.durationMinutes * MIN;
  const step = q.policy.slotStepMinutes * MIN;
  const grid: number[] = [];
  const open: number[] = [];
  for (const date of datesOf(q.from, q.to)) {
    for (const [ws, we] of referenceWindows(zone, q.practitioner.weeklyHours, date)) {
      for (let t = ws; t + dur <= we; t += step) {
        grid.push(t);
        if (date < today || t < nowMs + q.policy.minNoticeMinutes * MIN || t >= horizonEnd)
          continue;
        const b0 = t - q.service.bufferBeforeMinutes * MIN;
        const b1 = t + dur + q.service.bufferAfterMinutes * MIN;
        const busy = q.practitioner.appointments.some((a) =>
          overlap(
            b0,
            b1,
            a.start.getTime() - a.bufferBeforeMinutes * MIN,
            a.end.getTime() + a.bufferAfterMinutes * MIN,
          ),
        );
        const away = q.practitioner.timeOff.some((o) =>
          overlap(b0, b1, o.start.getTime(), o.end.getTime()),
        );
        if (!busy && !away) open.push(t);
      }
    }
  }
  return { grid, open: [...new Set(open)].sort((a, b) => a - b), horizonEnd };
}

// ---------- generators ----------

const minutesArb = fc.oneof(
  fc.constantFrom(5, 10, 15, 20, 30, 45, 60),
  fc.integer({ min: 1, max: 97 }),
);

const weeklyHoursArb = fc
  .array(
    fc.record({
      weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      a: fc.integer({ min: 0, max: 287 }),
      b: fc.integer({ min: 0, max: 287 }),
    }),
    { maxLength: 5 },
  )
  .map((windows) =>
    windows.flatMap(({ weekdays, a, b }) =>
      a === b
        ? []
        : weekdays.map((weekday) => ({
            weekday: weekday as Weekday,
            start: hhmm(Math.min(a, b) * 5),
            end: hhmm(Math.max(a, b) * 5),
          })),
    ),
  );

/** Offsets in 5-minute units from the anchor, so touching and aligned edges happen often. */
const busyArb = (maxLength: number, maxLen: number) =>
  fc.array(
    fc.record({
      at: fc.integer({ min: -288, max: 9 * 288 }),
      len: fc.integer({ min: 0, max: maxLen }),
      before: fc.integer({ min: 0, max: 6 }),
      after: fc.integer({ min: 0, max: 6 }),
    }),
    { maxLength },
  );

const practitionerArb = (anchor: string, id: string) =>
  fc
    .record({ hours: weeklyHoursArb, appointments: busyArb(30, 36), timeOff: busyArb(3, 144) })
    .map(({ hours, appointments, timeOff }): PractitionerAvailabilityInput => ({
      practitionerId: id,
      weeklyHours: hours,
      appointments: appointments.map((a): BusyAppointment => ({
        start: new Date(anchorMs(anchor) + a.at * 5 * MIN),
        end: new Date(anchorMs(anchor) + (a.at + a.len) * 5 * MIN),
        bufferBeforeMinutes: a.before * 5,
        bufferAfterMinutes: a.after * 5,
      })),
      timeOff: timeOff.map((o): Interval => ({
        start: new Date(anchorMs(anchor) + o.at * 5 * MIN),
        end: new Date(anchorMs(anchor) + (o.at + o.len) * 5 * MIN),
      })),
    }));

const scenarioArb = (practitionerCount: number) =>
  fc.constantFrom(...ANCHORS).chain((anchor) =>
    fc.record({
      anchor: fc.constant(anchor),
      zone: fc.constantFrom(...ZONES),
      fromDay: fc.integer({ min: 0, max: 3 }),
      spanDays: fc.integer({ min: 0, max: 3 }),
      nowMs: fc.integer({ min: -3 * 1440 * MIN, max: 5 * 1440 * MIN }),
      step: minutesArb,
      duration: minutesArb,
      bufferBefore: fc.integer({ min: 0, max: 30 }),
      bufferAfter: fc.integer({ min: 0, max: 30 }),
      notice: fc.integer({ min: 0, max: 24 * 60 }),
      horizon: fc.integer({ min: 0, max: 10 }),
      practitioners: fc.tuple(
        practitionerArb(anchor, 'p0'),
        ...Array.from({ length: practitionerCount - 1 }, (_, i) =>
          practitionerArb(anchor, `p${i + 1}`),
        ),
      ),
      probes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }),
    }),
  );

type Scenario = ReturnType<typeof scenarioArb> extends fc.Arbitrary<infer S> ? S : never;

function toQuery(s: Scenario, practitioner: PractitionerAvailabilityInput): AvailabilityQuery {
  const from = isoDate(anchorMs(s.anchor) + s.fromDay * 1440 * MIN);
  return {
    practitioner,
    service: {
      durationMinutes: s.duration,
      bufferBeforeMinutes: s.bufferBefore,
      bufferAfterMinutes: s.bufferAfter,
    },
    policy: {
      timeZone: s.zone,
      slotStepMinutes: s.step,
      minNoticeMinutes: s.notice,
      horizonDays: s.horizon,
    },
    now: new Date(anchorMs(s.anchor) + s.nowMs),
    from,
    to: isoDate(anchorMs(from) + s.spanDays * 1440 * MIN),
  };
}

// ---------- properties ----------

describe('availableSlots properties', () => {
  it('returns exactly the slots the naive reference finds, each obeying every rule', () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(scenarioArb(1), (s) => {
        const practitioner = s.practitioners[0];
        const q = toQuery(s, practitioner);
        const slots = availableSlots(q);
        const starts = slots.map((slot) => slot.start.getTime());
        const ref = reference(q);
        if (slots.length > 0) nonEmpty++;

        expect(starts).toEqual(ref.open);

        const zone = q.policy.timeZone;
        const earliest = q.now.getTime() + q.policy.minNoticeMinutes * MIN;
        // Plain checks collected into one assertion: thousands of expect() calls per run would
        // dominate the test's running time.
        const windowsOn = new Map<string, [number, number][]>();
        const violations: string[] = [];
        slots.forEach((slot, i) => {
          const start = slot.start.getTime();
          const end = slot.end.getTime();
          const broken = (rule: string) => violations.push(`${slot.start.toISOString()}: ${rule}`);
          if (slot.practitionerId !== practitioner.practitionerId) broken('practitioner');
          if (end - start !== q.service.durationMinutes * MIN) broken('duration');
          if (i > 0 && start <= slots[i - 1]!.start.getTime()) broken('not strictly increasing');
          if (start < earliest) broken('inside minimum notice');
          if (start >= ref.horizonEnd) broken('beyond horizon');

          const b0 = start - q.service.bufferBeforeMinutes * MIN;
          const b1 = end + q.service.bufferAfterMinutes * MIN;
          for (const a of practitioner.appointments) {
            const a0 = a.start.getTime() - a.bufferBeforeMinutes * MIN;
            const a1 = a.end.getTime() + a.bufferAfterMinutes * MIN;
            if (overlap(b0, b1, a0, a1)) broken(`overlaps appointment ${a.start.toISOString()}`);
          }
          for (const o of practitioner.timeOff) {
            if (overlap(b0, b1, o.start.getTime(), o.end.getTime())) broken('overlaps time off');
          }

          // Back to clinic-local time: the visit lies inside a window of its own local date.
          const localDate = DateTime.fromMillis(start, { zone }).toISODate() ?? '';
          if (localDate < q.from || localDate > q.to)
            broken(`local date ${localDate} out of range`);
          let windows = windowsOn.get(localDate);
          if (!windows) {
            windows = referenceWindows(zone, practitioner.weeklyHours, localDate);
            windowsOn.set(localDate, windows);
          }
          if (!windows.some(([ws, we]) => ws <= start && end <= we)) broken('outside hours');
        });
        expect(violations).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // Guard against generators that only ever produce empty results.
    expect(nonEmpty).toBeGreaterThan(50);
  });

  it('isSlotAvailable agrees with membership in availableSlots', () => {
    fc.assert(
      fc.property(scenarioArb(1), (s) => {
        const practitioner = s.practitioners[0];
        const q = toQuery(s, practitioner);
        const offered = new Set(availableSlots(q).map((slot) => slot.start.getTime()));
        const { grid } = reference(q);
        const zone = q.policy.timeZone;
        const rangeStart = referenceEdge(zone, q.from, 0);
        const rangeEnd = referenceEdge(zone, isoDate(anchorMs(q.to) + 1440 * MIN), 0);
        // On-grid starts, available or not, thinned so a 1-minute step stays fast.
        const every = Math.ceil(grid.length / 40);
        const probes = [
          ...grid.filter((_, i) => i % every === 0),
          ...grid.slice(0, 10).flatMap((t) => [t - MIN, t + 1]), // just off the grid
          ...s.probes.map(
            (p) => rangeStart + Math.floor(((rangeEnd - rangeStart) * p) / MIN) * MIN,
          ),
        ].filter((t) => t >= rangeStart && t < rangeEnd);
        for (const t of probes) {
          const ok = isSlotAvailable({ ...q, start: new Date(t) });
          if (ok !== offered.has(t)) {
            throw new Error(`disagree at ${new Date(t).toISOString()}: isSlotAvailable=${ok}`);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('firstAvailableSlots properties', () => {
  it('is the union of every practitioner, picking the least-booked one, then the lowest id', () => {
    fc.assert(
      fc.property(scenarioArb(3), (s) => {
        const queries = s.practitioners.map((p) => toQuery(s, p));
        const { service, policy, now, from, to } = toQuery(s, s.practitioners[0]);
        const zone = policy.timeZone;
        const merged = firstAvailableSlots({
          practitioners: s.practitioners,
          service,
          policy,
          now,
          from,
          to,
        });

        const perPractitioner = queries.map(
          (q) => new Set(availableSlots(q).map((slot) => slot.start.getTime())),
        );
        const union = [...new Set(perPractitioner.flatMap((set) => [...set]))].sort(
          (a, b) => a - b,
        );
        expect(merged.map((slot) => slot.start.getTime())).toEqual(union);

        const load = (p: PractitionerAvailabilityInput, date: string) =>
          p.appointments.filter((a) => DateTime.fromJSDate(a.start, { zone }).toISODate() === date)
            .length;
        for (const slot of merged) {
          const t = slot.start.getTime();
          const date = DateTime.fromMillis(t, { zone }).toISODate() ?? '';
          const [best] = s.practitioners
            .filter((_, i) => perPractitioner[i]!.has(t))
            .map((p) => ({ id: p.practitionerId, load: load(p, date) }))
            .sort((a, b) => a.load - b.load || (a.id < b.id ? -1 : 1));
          expect(slot.practitionerId).toBe(best?.id);
        }
      }),
      { numRuns: 100 },
    );
  });
});

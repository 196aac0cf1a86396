import { describe, expect, it } from 'vitest';
import { slotRefusal, startIso } from './slot-check';

const column = {
  practitionerId: 'p1',
  practitionerName: 'Dr. Maya Okafor',
  working: [{ startMin: 540, endMin: 1020 }],
  appointments: [
    { id: 'a1', startMin: 600, endMin: 630, patientName: 'Ann Lee', timeLabel: '10:00–10:30 am' },
  ],
  timeOff: [{ id: 't1', startMin: 720, endMin: 780, timeLabel: '12–1 pm', reason: 'Lunch talk' }],
  closures: [],
} as unknown as Parameters<typeof slotRefusal>[0]['column'];

describe('slotRefusal', () => {
  it('finds an open time open', () => {
    expect(slotRefusal({ column, startMin: 540, durationMin: 30 })).toBeNull();
  });
  it('names who holds a taken time, but a visit never blocks itself', () => {
    expect(slotRefusal({ column, startMin: 615, durationMin: 30 })).toMatch(/taken: Ann Lee/);
    expect(slotRefusal({ column, startMin: 615, durationMin: 30, movingId: 'a1' })).toBeNull();
  });
  it('explains hours, time off, closures, therapies and the past', () => {
    expect(slotRefusal({ column, startMin: 1005, durationMin: 30 })).toMatch(
      /outside Dr\. Maya Okafor’s working hours \(9:00 am–5:00 pm\)/,
    );
    expect(slotRefusal({ column, startMin: 730, durationMin: 30 })).toMatch(/away .*Lunch talk/);
    const closed = {
      ...column,
      closures: [{ id: 'c', startMin: 0, endMin: 1440, timeLabel: '', reason: 'Staff training' }],
    };
    expect(slotRefusal({ column: closed, startMin: 540, durationMin: 30 })).toBe(
      'The clinic is closed then: Staff training.',
    );
    expect(
      slotRefusal({
        column,
        startMin: 540,
        durationMin: 30,
        offeredBy: ['p2'],
        serviceName: 'Cupping',
      }),
    ).toBe('Dr. Maya Okafor does not offer Cupping.');
    expect(slotRefusal({ column, startMin: 540, durationMin: 30, nowMin: 600 })).toMatch(/passed/);
  });
});

describe('startIso', () => {
  it('writes the clinic offset of that day, across the clocks going back', () => {
    expect(startIso('2030-11-01', 600, 'America/Los_Angeles')).toBe('2030-11-01T10:00:00-07:00');
    expect(startIso('2030-11-04', 600, 'America/Los_Angeles')).toBe('2030-11-04T10:00:00-08:00');
  });
});

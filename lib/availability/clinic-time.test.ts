import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { clinicDateWindow, clinicIsoFormatter } from './clinic-time';

const ZONES = [
  'America/Los_Angeles',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Africa/Casablanca',
  'UTC',
];

describe('clinicIsoFormatter', () => {
  it.each(ZONES)('matches luxon every 15 minutes across a year in %s', (zone) => {
    const format = clinicIsoFormatter(zone);
    const start = Date.UTC(2026, 0, 1);
    for (let ms = start; ms < start + 366 * 86_400_000; ms += 15 * 60_000) {
      const expected = DateTime.fromMillis(ms, { zone }).toISO({
        suppressMilliseconds: true,
        includeOffset: true,
      });
      // luxon writes a zero offset of a fixed zone as 'Z'; '+00:00' names the same instant.
      expect(format(ms)).toBe(expected?.replace(/Z$/, '+00:00'));
    }
  });

  it('gets the hour either side of the US spring-forward and fall-back changes right', () => {
    const format = clinicIsoFormatter('America/Los_Angeles');
    expect(format(new Date('2026-03-08T09:59:00Z'))).toBe('2026-03-08T01:59:00-08:00');
    expect(format(new Date('2026-03-08T10:00:00Z'))).toBe('2026-03-08T03:00:00-07:00');
    expect(format(new Date('2026-11-01T08:30:00Z'))).toBe('2026-11-01T01:30:00-07:00');
    expect(format(new Date('2026-11-01T09:30:00Z'))).toBe('2026-11-01T01:30:00-08:00');
  });

  it('keeps milliseconds when there are some', () => {
    expect(clinicIsoFormatter('UTC')(Date.UTC(2026, 0, 1, 0, 0, 0, 5))).toBe(
      '2026-01-01T00:00:00.005+00:00',
    );
  });

  it('refuses an unknown zone', () => {
    expect(() => clinicIsoFormatter('Mars/Olympus')).toThrow(/time zone/);
  });
});

describe('clinic dates', () => {
  it('covers local midnight to midnight (a 25-hour day in November) plus padding', () => {
    const w = clinicDateWindow('2026-11-01', '2026-11-01', 'America/Los_Angeles', 0);
    expect(w.start.toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect(w.end.toISOString()).toBe('2026-11-02T08:00:00.000Z');
    const padded = clinicDateWindow('2026-11-01', '2026-11-01', 'America/Los_Angeles', 60_000);
    expect(padded.start.toISOString()).toBe('2026-11-01T06:59:00.000Z');
  });
});

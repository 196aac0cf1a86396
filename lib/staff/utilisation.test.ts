import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { minutesLessTimeOff, utilisationPercent, weekStartOf, workingSpans } from './utilisation';

const zone = 'America/Los_Angeles';
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));

describe('working minutes in a clinic week', () => {
  it('counts weekly hours on each date', () => {
    const week = DateTime.fromISO('2026-11-16', { zone });
    expect(minutesLessTimeOff(workingSpans(week, weekdays), [])).toBe(5 * 8 * 60);
  });

  it('counts the true length of a night-time DST change day (hours over 2 am)', () => {
    const week = DateTime.fromISO('2026-03-02', { zone }).startOf('week'); // DST starts Sun 8 March 2026
    const sunday = [{ weekday: 7, start: '00:00', end: '04:00' }];
    expect(
      minutesLessTimeOff(workingSpans(DateTime.fromISO('2026-03-02', { zone }), sunday), []),
    ).toBe(3 * 60);
    expect(minutesLessTimeOff(workingSpans(week, weekdays), [])).toBe(2400);
  });

  it('subtracts time off once even when entries overlap', () => {
    const week = DateTime.fromISO('2026-11-16', { zone });
    const monday = (h: number) =>
      DateTime.fromISO('2026-11-16', { zone }).set({ hour: h }).toJSDate();
    const off = [
      { start: monday(8), end: monday(12) },
      { start: monday(11), end: monday(13) },
    ];
    expect(minutesLessTimeOff(workingSpans(week, weekdays), off)).toBe(5 * 8 * 60 - 4 * 60);
  });

  it('gives a percentage, or null without working time', () => {
    expect(utilisationPercent(300, 400)).toBe(75);
    expect(utilisationPercent(10, 0)).toBeNull();
  });

  it('starts the week on the clinic-local Monday', () => {
    // Monday 00:30 in Los Angeles is still Monday there, though it is Monday 08:30 UTC.
    const start = weekStartOf(new Date('2026-11-23T08:30:00Z'), zone);
    expect(start.toISODate()).toBe('2026-11-23');
    expect(weekStartOf(new Date('2026-11-23T07:30:00Z'), zone).toISODate()).toBe('2026-11-16');
  });
});

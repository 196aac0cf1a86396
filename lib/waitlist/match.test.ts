import { describe, expect, it } from 'vitest';
import { offerExpiry, openingPlace, suits } from './match';

const LA = 'America/Los_Angeles';

describe('waitlist matching', () => {
  it('places an opening in the clinic’s week and part of the day', () => {
    // Tuesday 2 April 2030, 10:00 PDT
    expect(openingPlace(new Date('2030-04-02T17:00:00Z'), LA)).toEqual({
      weekday: 2,
      part: 'morning',
      date: '2030-04-02',
    });
    // 11:30 pm Monday in LA is already Tuesday in UTC
    expect(openingPlace(new Date('2030-04-02T06:30:00Z'), LA)).toMatchObject({
      weekday: 1,
      part: 'evening',
      date: '2030-04-01',
    });
    expect(openingPlace(new Date('2030-04-02T19:00:00Z'), LA).part).toBe('afternoon');
    expect(openingPlace(new Date('2030-04-03T00:00:00Z'), LA).part).toBe('evening');
  });

  it('matches days, parts of the day and the latest useful date', () => {
    const entry = { weekdays: [2, 4], partsOfDay: ['morning'], latestDate: '2030-04-10' };
    const tuesdayMorning = { weekday: 2, part: 'morning' as const, date: '2030-04-02' };
    expect(suits(entry, tuesdayMorning)).toBe(true);
    expect(suits(entry, { ...tuesdayMorning, weekday: 3 })).toBe(false);
    expect(suits(entry, { ...tuesdayMorning, part: 'afternoon' })).toBe(false);
    expect(suits(entry, { ...tuesdayMorning, date: '2030-04-10' })).toBe(true);
    expect(suits(entry, { ...tuesdayMorning, date: '2030-04-11' })).toBe(false);
  });

  it('lets an offer run for the offer time but never past the minimum notice', () => {
    const now = new Date('2030-04-01T15:00:00Z');
    const policy = { offerMinutes: 120, minNoticeMinutes: 120 };
    expect(offerExpiry(now, new Date('2030-04-02T15:00:00Z'), policy)).toEqual(
      new Date('2030-04-01T17:00:00Z'),
    );
    expect(offerExpiry(now, new Date('2030-04-01T18:00:00Z'), policy)).toEqual(
      new Date('2030-04-01T16:00:00Z'),
    );
    expect(offerExpiry(now, new Date('2030-04-01T17:03:00Z'), policy)).toBeNull();
  });
});

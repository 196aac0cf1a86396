import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  isRepeatedWallTime,
  describeDayHours,
  describeWeekdays,
  formatDuration,
  formatDurationAdjective,
  formatPhone,
  formatPrice,
  formatTime,
  formatTimeRange,
  groupOpeningHours,
  joinWithAnd,
  openingHoursByDay,
  parseMarkdownBlocks,
  telHref,
  toHourMinute,
  weekdayName,
} from './format';

describe('formatPrice', () => {
  it('drops cents for whole dollars', () => {
    expect(formatPrice(12000)).toBe('$120');
    expect(formatPrice(0)).toBe('$0');
    expect(formatPrice(150000)).toBe('$1,500');
  });
  it('keeps cents when there are some', () => {
    expect(formatPrice(9950)).toBe('$99.50');
    expect(formatPrice(5)).toBe('$0.05');
  });
});

describe('formatDuration', () => {
  it('says minutes', () => {
    expect(formatDuration(45)).toBe('45 minutes');
    expect(formatDuration(1)).toBe('1 minute');
  });
  it('has an adjective form', () => {
    expect(formatDurationAdjective(60)).toBe('60-minute');
  });
});

describe('formatTime', () => {
  it('formats Postgres times and HH:mm in 12-hour clock', () => {
    expect(formatTime('07:30:00')).toBe('7:30 am');
    expect(formatTime('19:00')).toBe('7:00 pm');
    expect(formatTime('12:00:00')).toBe('12:00 pm');
    expect(formatTime('00:15:00')).toBe('12:15 am');
    expect(formatTime('23:59')).toBe('11:59 pm');
  });
  it('rejects what is not a time', () => {
    expect(() => formatTime('noon')).toThrow(RangeError);
    expect(() => formatTime('25:00')).toThrow(RangeError);
  });
  it('joins a range with a spaced en dash', () => {
    expect(formatTimeRange('07:30:00', '19:00:00')).toBe('7:30 am – 7:00 pm');
  });
  it('trims seconds for schema.org', () => {
    expect(toHourMinute('07:30:00')).toBe('07:30');
  });
});

describe('weekdays', () => {
  it('names ISO weekdays', () => {
    expect(weekdayName(1)).toBe('Monday');
    expect(weekdayName(7, 'short')).toBe('Sun');
    expect(() => weekdayName(0)).toThrow(RangeError);
  });
  it('joins lists in plain English', () => {
    expect(joinWithAnd([])).toBe('');
    expect(joinWithAnd(['a'])).toBe('a');
    expect(joinWithAnd(['a', 'b'])).toBe('a and b');
    expect(joinWithAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
  it('collapses runs of three or more days', () => {
    expect(describeWeekdays([1, 2, 3, 5, 6])).toBe('Monday to Wednesday, Friday and Saturday');
    expect(describeWeekdays([6, 2, 3, 2])).toBe('Tuesday, Wednesday and Saturday');
    expect(describeWeekdays([1, 2, 3, 4, 5, 6, 7])).toBe('Monday to Sunday');
    expect(describeWeekdays([4])).toBe('Thursday');
    expect(describeWeekdays([])).toBe('');
  });
});

describe('opening hours', () => {
  const rows = [
    { weekday: 2, opensAt: '07:30:00', closesAt: '19:00:00' },
    { weekday: 1, opensAt: '07:30:00', closesAt: '19:00:00' },
    { weekday: 3, opensAt: '07:30:00', closesAt: '19:00:00' },
    { weekday: 5, opensAt: '07:30:00', closesAt: '17:00:00' },
    { weekday: 6, opensAt: '13:00:00', closesAt: '15:00:00' },
    { weekday: 6, opensAt: '08:00:00', closesAt: '12:00:00' },
  ];

  it('lists every day, closed days included, ranges in order', () => {
    const days = openingHoursByDay(rows);
    expect(days.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(describeDayHours(days[0]!)).toBe('7:30 am – 7:00 pm');
    expect(describeDayHours(days[3]!)).toBe('Closed');
    expect(describeDayHours(days[5]!)).toBe('8:00 am – 12:00 pm, 1:00 pm – 3:00 pm');
  });

  it('groups consecutive days with the same hours', () => {
    expect(groupOpeningHours(rows)).toEqual([
      { days: 'Mon – Wed', hours: '7:30 am – 7:00 pm' },
      { days: 'Thu', hours: 'Closed' },
      { days: 'Fri', hours: '7:30 am – 5:00 pm' },
      { days: 'Sat', hours: '8:00 am – 12:00 pm, 1:00 pm – 3:00 pm' },
      { days: 'Sun', hours: 'Closed' },
    ]);
  });

  it('shows a week with no hours as closed all week', () => {
    expect(groupOpeningHours([])).toEqual([{ days: 'Mon – Sun', hours: 'Closed' }]);
  });
});

describe('phone numbers', () => {
  it('builds tel: links from digits', () => {
    expect(telHref('+1 503-555-0147')).toBe('tel:+15035550147');
    expect(telHref('(503) 555-0147')).toBe('tel:5035550147');
  });
  it('formats North American numbers and leaves others alone', () => {
    expect(formatPhone('+1 503-555-0147')).toBe('(503) 555-0147');
    expect(formatPhone('5035550147')).toBe('(503) 555-0147');
    expect(formatPhone('+44 20 7946 0958')).toBe('+44 20 7946 0958');
  });
});

describe('parseMarkdownBlocks', () => {
  it('splits headings and paragraphs, joining wrapped lines', () => {
    const md = '## What it is\nA relaxed\nfirst visit.\n\n## Who it helps\n\nAnyone new.\r\n';
    expect(parseMarkdownBlocks(md)).toEqual([
      { type: 'heading', text: 'What it is' },
      { type: 'paragraph', text: 'A relaxed first visit.' },
      { type: 'heading', text: 'Who it helps' },
      { type: 'paragraph', text: 'Anyone new.' },
    ]);
  });
  it('keeps markup as plain text for React to escape', () => {
    expect(parseMarkdownBlocks('<script>alert(1)</script>')).toEqual([
      { type: 'paragraph', text: '<script>alert(1)</script>' },
    ]);
  });
  it('ignores empty input and empty headings', () => {
    expect(parseMarkdownBlocks('')).toEqual([]);
    expect(parseMarkdownBlocks('##   \n\n\n')).toEqual([]);
  });
});

describe('clock times on the day the clocks go back', () => {
  const LA = 'America/Los_Angeles';
  it('labels the repeated hour with the zone abbreviation, and nothing else', () => {
    expect(formatClockTime('2026-11-01T01:30:00-07:00', LA)).toBe('1:30 am PDT');
    expect(formatClockTime('2026-11-01T01:30:00-08:00', LA)).toBe('1:30 am PST');
    expect(formatClockTime('2026-11-01T01:00:00-07:00', LA)).toBe('1:00 am PDT');
    expect(formatClockTime('2026-11-01T00:59:00-07:00', LA)).toBe('12:59 am');
    expect(formatClockTime('2026-11-01T02:00:00-08:00', LA)).toBe('2:00 am');
    expect(formatClockTime('2026-11-01T09:00:00-08:00', LA)).toBe('9:00 am');
    expect(formatClockTime('2026-03-08T03:00:00-07:00', LA)).toBe('3:00 am');
    expect(formatClockTime('2026-07-06T12:30:00-07:00', LA)).toBe('12:30 pm');
    expect(isRepeatedWallTime('2026-11-01T01:59:00-08:00', LA)).toBe(true);
    expect(isRepeatedWallTime('2026-11-02T01:30:00-08:00', LA)).toBe(false);
  });

  it('knows half-hour shifts (Lord Howe) and zones without DST', () => {
    // Lord Howe goes from +11:00 to +10:30 at 02:00 on the first Sunday of April.
    expect(isRepeatedWallTime('2026-04-05T01:45:00+11:00', 'Australia/Lord_Howe')).toBe(true);
    expect(isRepeatedWallTime('2026-04-05T01:15:00+11:00', 'Australia/Lord_Howe')).toBe(false);
    expect(formatClockTime('2026-11-01T01:30:00Z', 'UTC')).toBe('1:30 am');
  });
});

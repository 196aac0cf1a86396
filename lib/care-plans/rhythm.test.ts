import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { pickNearest, wantedVisits } from './rhythm';

const TZ = 'America/Los_Angeles';
const local = (d: Date) => DateTime.fromJSDate(d, { zone: TZ }).toFormat('ccc yyyy-MM-dd HH:mm');

describe('a plan rhythm', () => {
  it('uses the preferred weekdays each week from the first date on, at the same wall time', () => {
    const visits = wantedVisits({
      count: 5,
      perWeek: 2,
      weekdays: [2, 5],
      time: '07:30',
      startDate: '2030-03-06', // a Wednesday: that week's Tuesday is already gone
      timeZone: TZ,
    });
    expect(visits.map((v) => local(v.start))).toEqual([
      'Fri 2030-03-08 07:30',
      'Tue 2030-03-12 07:30', // after the spring-forward on 10 March: still 7:30
      'Fri 2030-03-15 07:30',
      'Tue 2030-03-19 07:30',
      'Fri 2030-03-22 07:30',
    ]);
  });

  it('fills a week with other days when fewer weekdays are preferred than visits a week', () => {
    const visits = wantedVisits({
      count: 3,
      perWeek: 3,
      weekdays: [4],
      time: '09:00',
      startDate: '2030-06-03',
      timeZone: TZ,
    });
    expect(visits.map((v) => DateTime.fromJSDate(v.start, { zone: TZ }).weekday)).toEqual([
      1, 3, 4,
    ]);
  });

  it('proposes the nearest open start on a day the plan does not use when the wanted one is taken', () => {
    const at = (iso: string) => DateTime.fromISO(iso, { zone: TZ }).toJSDate();
    const wanted = [
      { date: '2030-06-03', start: at('2030-06-03T09:00') },
      { date: '2030-06-06', start: at('2030-06-06T09:00') },
    ];
    const open = [
      at('2030-06-03T09:00'),
      at('2030-06-03T11:00'),
      at('2030-06-06T10:30'),
      at('2030-06-07T09:00'),
    ];
    const dateOf = (d: Date) => DateTime.fromJSDate(d, { zone: TZ }).toISODate()!;
    expect(pickNearest(wanted, open, dateOf).map((d) => d && local(d))).toEqual([
      'Mon 2030-06-03 09:00',
      'Thu 2030-06-06 10:30',
    ]);
    // Nothing open except on a day already used: no proposal, the form asks for a time.
    expect(pickNearest(wanted, [at('2030-06-03T09:00')], dateOf)).toEqual([
      at('2030-06-03T09:00'),
      null,
    ]);
  });
});

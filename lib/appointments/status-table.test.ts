import { describe, expect, it } from 'vitest';
import type { AppointmentStatus } from '@/db/schema';
import { availableChanges, canMove, changeRefusal, TRANSITIONS, type Change } from './status-table';

// Los Angeles: the visit is Tuesday 4 June 2030, 09:00–09:30 PDT (16:00–16:30 UTC).
const TZ = 'America/Los_Angeles';
const start = new Date('2030-06-04T16:00:00Z');
const end = new Date('2030-06-04T16:30:00Z');
const at = {
  dayBefore: new Date('2030-06-03T18:00:00Z'), // Monday 11:00
  morningOf: new Date('2030-06-04T14:00:00Z'), // Tuesday 07:00, same clinic day
  during: new Date('2030-06-04T16:10:00Z'),
  after: new Date('2030-06-04T17:00:00Z'),
  // Wednesday 00:30 UTC is still Tuesday evening in Los Angeles: the same clinic day.
  lateEvening: new Date('2030-06-05T05:30:00Z'),
  nextDay: new Date('2030-06-05T16:00:00Z'),
} as const;
type When = keyof typeof at;

const ALL: AppointmentStatus[] = [
  'booked',
  'confirmed',
  'arrived',
  'completed',
  'no_show',
  'cancelled',
];

/**
 * Every change, from every status, at every moment: null where it is allowed, else a pattern the
 * refusal must match. This is the table in status-table.ts, spelled out one row at a time.
 */
const ROWS: Array<[Change, AppointmentStatus, When, RegExp | null]> = [
  // confirm: booked only, until the visit is over
  ['confirm', 'booked', 'dayBefore', null],
  ['confirm', 'booked', 'during', null],
  ['confirm', 'booked', 'after', /already over/],
  ['confirm', 'confirmed', 'dayBefore', /already confirmed/],
  ['confirm', 'arrived', 'during', /can’t confirm an appointment that is arrived/],
  ['confirm', 'cancelled', 'dayBefore', /can’t confirm an appointment that is cancelled/],
  // check in: booked or confirmed, on the appointment's own clinic day only
  ['check_in', 'booked', 'morningOf', null],
  ['check_in', 'confirmed', 'during', null],
  ['check_in', 'confirmed', 'after', null],
  ['check_in', 'confirmed', 'lateEvening', null],
  ['check_in', 'confirmed', 'dayBefore', /only on the day/],
  ['check_in', 'booked', 'nextDay', /only on the day/],
  ['check_in', 'arrived', 'during', /already arrived/],
  ['check_in', 'no_show', 'during', /can’t check in an appointment that is no-show/],
  ['check_in', 'cancelled', 'morningOf', /can’t check in an appointment that is cancelled/],
  // complete: booked, confirmed or arrived, once it has started
  ['complete', 'arrived', 'during', null],
  ['complete', 'booked', 'after', null],
  ['complete', 'confirmed', 'morningOf', /hasn’t started/],
  ['complete', 'completed', 'after', /already completed/],
  ['complete', 'cancelled', 'after', /can’t complete an appointment that is cancelled/],
  // no-show: booked or confirmed, once it has started
  ['no_show', 'confirmed', 'after', null],
  ['no_show', 'booked', 'during', null],
  ['no_show', 'booked', 'morningOf', /hasn’t started/],
  ['no_show', 'arrived', 'after', /can’t mark as a no-show an appointment that is arrived/],
  ['no_show', 'no_show', 'after', /already no-show/],
  // cancel and move: booked or confirmed, at any time for staff
  ['cancel', 'booked', 'dayBefore', null],
  ['cancel', 'confirmed', 'after', null],
  ['cancel', 'arrived', 'during', /can’t cancel an appointment that is arrived/],
  ['cancel', 'cancelled', 'dayBefore', /already cancelled/],
  ['cancel', 'completed', 'after', /can’t cancel an appointment that is completed/],
  ['move', 'booked', 'dayBefore', null],
  ['move', 'confirmed', 'nextDay', null],
  ['move', 'arrived', 'during', /can’t move an appointment that is arrived/],
  ['move', 'no_show', 'after', /can’t move an appointment that is no-show/],
  // undo a mistake: staff, on the appointment's own day only
  ['undo_check_in', 'arrived', 'during', null],
  ['undo_check_in', 'arrived', 'lateEvening', null],
  ['undo_check_in', 'arrived', 'nextDay', /only on the day/],
  [
    'undo_check_in',
    'confirmed',
    'during',
    /can’t undo the check-in of an appointment that is confirmed/,
  ],
  ['undo_no_show', 'no_show', 'after', null],
  ['undo_no_show', 'no_show', 'nextDay', /only on the day/],
  [
    'undo_no_show',
    'completed',
    'after',
    /can’t undo the no-show of an appointment that is completed/,
  ],
  ['undo_complete', 'completed', 'after', null],
  ['undo_complete', 'completed', 'nextDay', /only on the day/],
  ['undo_complete', 'cancelled', 'after', /can’t undo the completion of/],
];

const subject = (status: AppointmentStatus) => ({ status, startsAt: start, endsAt: end });

describe('the status table, row by row (staff)', () => {
  it.each(ROWS)('%s from %s (%s)', (change, status, when, expected) => {
    const refusal = changeRefusal(subject(status), change, { now: at[when], timeZone: TZ });
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(expected);
  });

  it('covers every change and every status it names', () => {
    for (const change of Object.keys(TRANSITIONS) as Change[]) {
      expect(
        ROWS.some((r) => r[0] === change && r[3] === null),
        `${change} allowed`,
      ).toBe(true);
      expect(
        ROWS.some((r) => r[0] === change && r[3] !== null),
        `${change} refused`,
      ).toBe(true);
      for (const from of TRANSITIONS[change].from)
        expect(
          ROWS.some((r) => r[0] === change && r[1] === from),
          `${change} from ${from}`,
        ).toBe(true);
    }
  });

  it('lands where the table says, and undo goes back to the state before the mistake', () => {
    expect(TRANSITIONS.check_in.to).toBe('arrived');
    expect(TRANSITIONS.undo_check_in.to).toBe('confirmed');
    expect(TRANSITIONS.undo_no_show.to).toBe('confirmed');
    expect(TRANSITIONS.undo_complete.to).toBe('arrived');
    expect(TRANSITIONS.move.to).toBeNull();
  });

  it('offers the buttons that are allowed right now, undo included', () => {
    const ctx = (when: When) => ({ now: at[when], timeZone: TZ });
    expect(availableChanges(subject('booked'), ctx('dayBefore'))).toEqual(['confirm']);
    expect(availableChanges(subject('booked'), ctx('morningOf'))).toEqual(['confirm', 'check_in']);
    expect(availableChanges(subject('confirmed'), ctx('during'))).toEqual([
      'check_in',
      'complete',
      'no_show',
    ]);
    expect(availableChanges(subject('arrived'), ctx('during'))).toEqual([
      'complete',
      'undo_check_in',
    ]);
    expect(availableChanges(subject('completed'), ctx('after'))).toEqual(['undo_complete']);
    expect(availableChanges(subject('no_show'), ctx('nextDay'))).toEqual([]);
    expect(availableChanges(subject('cancelled'), ctx('during'))).toEqual([]);
    for (const status of ALL)
      expect(canMove(subject(status))).toBe(status === 'booked' || status === 'confirmed');
  });
});

describe('the same table in a patient’s words (manage link, API)', () => {
  const online = { cutoffHours: 24, clinicPhone: '+1 503-555-0147' };
  const hoursBefore = (h: number) => new Date(start.getTime() - h * 3_600_000);
  const refusal = (status: AppointmentStatus, change: Change, now: Date) =>
    changeRefusal(subject(status), change, { now, timeZone: TZ, online });

  it('allows moving and cancelling a future booking outside the cut-off', () => {
    expect(refusal('booked', 'move', hoursBefore(25))).toBeNull();
    expect(refusal('confirmed', 'cancel', hoursBefore(24))).toBeNull();
  });

  it('sends late changes to the phone', () => {
    expect(refusal('booked', 'cancel', hoursBefore(23.9))).toMatch(
      /less than 24 hours away.*call the clinic on \+1 503-555-0147/,
    );
  });

  it('refuses cancelled, past and attended bookings, and every status change', () => {
    expect(refusal('cancelled', 'move', hoursBefore(48))).toMatch(/has been cancelled/);
    expect(refusal('booked', 'cancel', start)).toMatch(/already taken place/);
    expect(refusal('arrived', 'move', hoursBefore(48))).toMatch(/already taken place/);
    expect(refusal('booked', 'check_in', hoursBefore(1))).toMatch(/ask the clinic/);
    expect(refusal('arrived', 'undo_check_in', hoursBefore(1))).toMatch(/ask the clinic/);
  });
});

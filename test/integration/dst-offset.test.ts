import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { POST as postBooking } from '@/app/api/v1/bookings/route';
import { db, dbHandle } from '@/db';
import { move } from '@/lib/appointments/move';
import {
  bookingBody,
  bookingContext,
  bookOnlineRequest,
  makeBookingFixtures,
} from '../booking-fixtures';

// Los Angeles springs forward on 10 March 2030 (02:00 PST → 03:00 PDT) and falls back on
// 3 November 2030. A start whose offset is not the clinic's at that instant is refused, never moved.
const NOW = new Date('2030-03-04T16:00:00Z'); // Monday 08:00 PST

async function post(body: unknown) {
  return postBooking(
    new Request('http://clinic.test/api/v1/bookings', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': `key-${randomUUID()}`,
        'x-forwarded-for': randomUUID(),
      },
      body: JSON.stringify(body),
    }),
  );
}

describe(`a start with the wrong UTC offset (${dbHandle().driver})`, () => {
  it('refuses 02:30-08:00 on the spring-forward day and names the clinic’s offset', async () => {
    const every = [1, 2, 3, 4, 5, 6, 7].map((d): [number, string, string] => [d, '00:00', '23:45']);
    const f = await makeBookingFixtures(db, { hours: every });
    // 02:30-08:00 is 10:30 UTC, when the clinic's clock already reads 03:30-07:00.
    const result = await bookOnlineRequest(
      bookingBody(f, '2030-03-10T02:30:00-08:00'),
      bookingContext(NOW),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'not_bookable',
      reason: 'wrong_offset',
      expectedOffset: '-07:00',
      fieldErrors: { start: [expect.stringContaining('-07:00')] },
    });
    if (!result.ok) expect(result.formError).toContain('2030-03-10T03:30:00-07:00');
    // The same instant written with the clinic's offset is an ordinary booking.
    expect(
      (await bookOnlineRequest(bookingBody(f, '2030-03-10T03:30:00-07:00'), bookingContext(NOW)))
        .ok,
    ).toBe(true);
  });

  it('refuses a summer offset in winter and UTC, over HTTP with 422 and the expected offset', async () => {
    const f = await makeBookingFixtures(db);
    for (const [start, expected] of [
      ['2030-12-03T09:00:00-07:00', '-08:00'],
      ['2030-12-03T17:00:00Z', '-08:00'],
      ['2030-07-02T09:00:00-08:00', '-07:00'],
    ] as const) {
      const response = await post(bookingBody(f, start));
      expect(response.status, start).toBe(422);
      const body = (await response.json()) as {
        error: { code: string; message: string; fieldErrors: Record<string, string[]> };
        reason: string;
        expectedOffset: string;
      };
      expect(body).toMatchObject({
        error: { code: 'not_bookable' },
        reason: 'wrong_offset',
        expectedOffset: expected,
      });
      expect(body.error.message).toContain(expected);
      expect(body.error.fieldErrors.start?.[0]).toContain(expected);
    }
  });

  it('refuses a move to a start with the wrong offset and leaves the appointment where it was', async () => {
    const f = await makeBookingFixtures(db);
    const booked = await bookOnlineRequest(
      bookingBody(f, '2030-03-05T09:00:00-08:00'),
      bookingContext(NOW),
    );
    if (!booked.ok) throw new Error(booked.code);
    const moved = await move(
      { kind: 'patient', via: 'manage_link' },
      { manageToken: booked.data.manageToken! },
      { start: '2030-03-12T09:00:00-08:00' }, // after spring-forward: PDT, -07:00
      NOW,
    );
    expect(moved).toMatchObject({
      ok: false,
      code: 'not_bookable',
      reason: 'wrong_offset',
      expectedOffset: '-07:00',
    });
  });
});

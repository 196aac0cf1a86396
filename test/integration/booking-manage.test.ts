import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { appointments } from '@/db/schema';
import { getAvailability } from '@/lib/appointments/open-times';
import { cancel } from '@/lib/appointments/cancel';
import { move, type MoveInput } from '@/lib/appointments/move';
import { getBookingByToken } from '@/lib/appointments/online/by-token';
import { newManageToken } from '@/lib/appointments/online/manage-token';
import {
  bookOnlineRequest,
  bookingBody,
  bookingContext,
  makeBookingFixtures,
} from '../booking-fixtures';

const NOW = new Date('2030-05-06T15:00:00Z'); // Monday 08:00 in Los Angeles (PDT)
const TUESDAY_9 = '2030-05-07T09:00:00-07:00';
const TUESDAY_10 = '2030-05-07T10:00:00-07:00';
const WEDNESDAY_9 = '2030-05-08T09:00:00-07:00';

async function book(start: string, practitioners = 1) {
  const f = await makeBookingFixtures(db, { practitioners });
  const practitioner = f.practitioners[0]!.id;
  const result = await bookOnlineRequest(
    bookingBody(f, start, { practitioner }),
    bookingContext(NOW),
  );
  if (!result.ok) throw new Error(`booking failed: ${result.code}`);
  return { f, practitioner, token: result.data.manageToken!, id: result.data.booking.id };
}

// The manage link's two changes, as its server actions make them (after parsing the form).
const LINK = { kind: 'patient', via: 'manage_link' } as const;
const cancelByToken = (token: string, input: { reason?: string }, o: { now: Date }) =>
  cancel(LINK, { manageToken: token }, input, o.now);
const moveByToken = (token: string, input: MoveInput, o: { now: Date }) =>
  move(LINK, { manageToken: token }, input, o.now);

async function stored(id: string) {
  const [row] = await db.select().from(appointments).where(eq(appointments.id, id));
  return row!;
}

describe(`manage links (${dbHandle().driver})`, () => {
  it('finds a booking by its token and nothing by a wrong or malformed one', async () => {
    const { token, id } = await book(TUESDAY_9);
    expect((await getBookingByToken(token, { now: NOW }))?.id).toBe(id);
    expect(await getBookingByToken(newManageToken(), { now: NOW })).toBeNull();
    expect(
      await getBookingByToken(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`),
    ).toBeNull();
    expect(await getBookingByToken('short')).toBeNull();
    expect(await getBookingByToken("' or 1=1 --")).toBeNull();
  });

  it('cancels once, frees the slot, then refuses further changes', async () => {
    const { f, token, practitioner } = await book(TUESDAY_9);
    const query = {
      serviceSlug: f.service.slug,
      practitionerId: practitioner,
      from: '2030-05-07',
      to: '2030-05-07',
      now: NOW,
    };
    expect((await getAvailability(query)).slots.map((s) => s.start)).not.toContain(TUESDAY_9);

    const cancelled = await cancelByToken(token, { reason: 'Feeling better' }, { now: NOW });
    expect(cancelled).toMatchObject({ ok: true, data: { status: 'cancelled' } });
    expect(await getBookingByToken(token, { now: NOW })).toMatchObject({
      status: 'cancelled',
      canChange: false,
    });
    expect((await getAvailability(query)).slots.map((s) => s.start)).toContain(TUESDAY_9);

    expect(await cancelByToken(token, {}, { now: NOW })).toMatchObject({
      ok: false,
      code: 'not_allowed',
    });
    expect(await moveByToken(token, { start: TUESDAY_10 }, { now: NOW })).toMatchObject({
      ok: false,
      code: 'not_allowed',
    });
  });

  it('refuses online changes inside the cut-off and gives the phone number', async () => {
    const { token, id } = await book(TUESDAY_9);
    const dayBefore = new Date(Date.parse(TUESDAY_9) - 23 * 3_600_000);
    const view = await getBookingByToken(token, { now: dayBefore });
    expect(view).toMatchObject({ canChange: false, cancellationCutoffHours: 24 });
    const result = await cancelByToken(token, {}, { now: dayBefore });
    if (result.ok || result.code !== 'not_allowed') throw new Error('expected not_allowed');
    expect(result.formError).toContain('+1 503-555-0147');
    expect((await stored(id)).status).toBe('booked');
  });

  it('refuses changes to a booking in the past', async () => {
    const { token } = await book(TUESDAY_9);
    const later = new Date('2030-05-09T00:00:00Z');
    expect(await cancelByToken(token, {}, { now: later })).toMatchObject({
      ok: false,
      code: 'not_allowed',
    });
    expect(
      await moveByToken(token, { start: '2030-05-20T09:00:00-07:00' }, { now: later }),
    ).toMatchObject({
      ok: false,
      code: 'not_allowed',
    });
  });

  it('moves a booking in place, even by 15 minutes over its own old time, and the link keeps working', async () => {
    const { token, id } = await book(TUESDAY_9);
    const moved = await moveByToken(token, { start: '2030-05-07T09:15:00-07:00' }, { now: NOW });
    expect(moved).toMatchObject({
      ok: true,
      data: { appointmentId: id, start: '2030-05-07T09:15:00-07:00' },
    });
    const again = await moveByToken(token, { start: WEDNESDAY_9 }, { now: NOW });
    expect(again).toMatchObject({ ok: true, data: { appointmentId: id, start: WEDNESDAY_9 } });
    expect(await getBookingByToken(token, { now: NOW })).toMatchObject({
      end: '2030-05-08T09:30:00-07:00',
    });
    expect((await getBookingByToken(token, { now: NOW }))?.start).toBe(WEDNESDAY_9);
  });

  it('keeps a confirmation on a repeated submit of the same time, and drops it on a real move', async () => {
    const { token, id } = await book(TUESDAY_9);
    await db.update(appointments).set({ status: 'confirmed' }).where(eq(appointments.id, id));
    expect(await moveByToken(token, { start: TUESDAY_9 }, { now: NOW })).toMatchObject({
      ok: true,
    });
    expect((await stored(id)).status).toBe('confirmed');
    expect(await moveByToken(token, { start: TUESDAY_10 }, { now: NOW })).toMatchObject({
      ok: true,
    });
    expect((await stored(id)).status).toBe('booked');
  });

  it('leaves the old time exactly as it was when the new one is taken', async () => {
    const { f, token, id, practitioner } = await book(TUESDAY_9);
    const other = await bookOnlineRequest(
      bookingBody(f, TUESDAY_10, { practitioner }),
      bookingContext(NOW),
    );
    expect(other.ok).toBe(true);
    const before = await stored(id);
    const result = await moveByToken(token, { start: TUESDAY_10 }, { now: NOW });
    if (result.ok || result.code !== 'slot_taken') throw new Error('expected slot_taken');
    expect(result.alternatives.length).toBeGreaterThan(0);
    expect(await stored(id)).toEqual(before);
  });

  it('lets one of two racing reschedules into one free slot win; the loser keeps its time', async () => {
    const f = await makeBookingFixtures(db);
    const practitioner = f.practitioners[0]!.id;
    const a = await bookOnlineRequest(
      bookingBody(f, TUESDAY_9, { practitioner }),
      bookingContext(NOW),
    );
    const b = await bookOnlineRequest(
      bookingBody(f, TUESDAY_10, { practitioner }),
      bookingContext(NOW),
    );
    if (!a.ok || !b.ok) throw new Error('setup failed');
    const target = '2030-05-07T14:00:00-07:00';
    const results = await Promise.all([
      moveByToken(a.data.manageToken!, { start: target }, { now: NOW }),
      moveByToken(b.data.manageToken!, { start: target }, { now: NOW }),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['ok', 'slot_taken']);
    const starts = [
      (await stored(a.data.booking.id)).startsAt,
      (await stored(b.data.booking.id)).startsAt,
    ].map((d) => d.toISOString());
    const winnerIsA = results[0]!.ok;
    expect(starts).toEqual(
      winnerIsA
        ? [new Date(target).toISOString(), new Date(TUESDAY_10).toISOString()]
        : [new Date(TUESDAY_9).toISOString(), new Date(target).toISOString()],
    );
  });

  it('can move to "first available" or another practitioner who offers the service', async () => {
    const { f, token, practitioner } = await book(TUESDAY_9, 2);
    const other = f.practitioners.find((p) => p.id !== practitioner)!.id;
    const moved = await moveByToken(
      token,
      { start: TUESDAY_10, practitioner: other },
      { now: NOW },
    );
    expect(moved).toMatchObject({ ok: true, data: { practitionerId: other, start: TUESDAY_10 } });
    const stranger = await makeBookingFixtures(db);
    const refused = await moveByToken(
      token,
      { start: TUESDAY_10, practitioner: stranger.practitioners[0]!.id },
      { now: NOW },
    );
    expect(refused).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('offers alternatives that do not count the appointment being moved as busy', async () => {
    const { f, token, practitioner } = await book(TUESDAY_9);
    // 09:30 is taken by someone else; 09:15 overlaps only the moving appointment's own time.
    const blocker = await bookOnlineRequest(
      bookingBody(f, '2030-05-07T09:30:00-07:00', { practitioner }),
      bookingContext(NOW),
    );
    expect(blocker.ok).toBe(true);
    const result = await moveByToken(token, { start: '2030-05-07T09:30:00-07:00' }, { now: NOW });
    if (result.ok || result.code !== 'slot_taken') throw new Error('expected slot_taken');
    expect(result.alternatives.map((s) => s.start).slice(0, 2)).toEqual([
      '2030-05-07T10:00:00-07:00',
      '2030-05-07T10:15:00-07:00',
    ]);
    const earlier = await moveByToken(token, { start: '2030-05-07T08:45:00-07:00' }, { now: NOW });
    if (earlier.ok || earlier.code !== 'not_bookable') throw new Error('expected not_bookable');
    expect(earlier.reason).toBe('outside_hours');
    // Its own 09:00 is offered back among the alternatives: it does not block itself.
    expect(earlier.alternatives[0]?.start).toBe(TUESDAY_9);
  });
});

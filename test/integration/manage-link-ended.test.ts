import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { GET as getCalendarFile } from '@/app/(booking)/book/manage/[token]/calendar.ics/route';
import { db, dbHandle } from '@/db';
import { cancel } from '@/lib/appointments/cancel';
import { openManageLink } from '@/lib/appointments/online/by-token';
import { newManageToken } from '@/lib/appointments/online/manage-token';
import {
  bookOnlineRequest,
  bookingBody,
  bookingContext,
  makeBookingFixtures,
} from '../booking-fixtures';

// A manage link after the fact: cancelled, or its visit ended more than 30 days ago.
const TZ = 'America/Los_Angeles';
const DAY_MS = 86_400_000;
const LINK = { kind: 'patient', via: 'manage_link' } as const;

/** Books 10:00 clinic time on `day` (clinic-local date), as a patient did the day before. */
async function bookOn(day: DateTime) {
  const f = await makeBookingFixtures(db);
  const start = day.set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  const body = bookingBody(f, start.toISO({ suppressMilliseconds: true })!, {
    practitioner: f.practitioners[0]!.id,
    name: `Wren Ended-${f.tag}`,
  });
  const bookedAt = start.minus({ days: 1 }).toJSDate();
  const result = await bookOnlineRequest(body, bookingContext(bookedAt));
  if (!result.ok) throw new Error(`booking failed: ${result.code}`);
  const end = new Date(start.toMillis() + f.service.durationMinutes * 60_000);
  return { f, token: result.data.manageToken!, end, bookedAt, body };
}

const calendarFile = (token: string) =>
  getCalendarFile(new Request(`http://clinic.test/book/manage/${token}/calendar.ics`), {
    params: Promise.resolve({ token }),
  });

/** Nothing about the booking may be in what an ended link returns. */
function expectNothingAbout(
  value: unknown,
  b: Awaited<ReturnType<typeof bookOn>>,
  practitionerName: string,
) {
  const text = JSON.stringify(value);
  for (const hidden of [b.body.patient.name, 'Wren', b.f.service.name, practitionerName])
    expect(text).not.toContain(hidden);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
}

describe(`manage links after the fact (${dbHandle().driver})`, () => {
  it('shows the booking until 30 days after the visit ended, then only that it has ended', async () => {
    const b = await bookOn(DateTime.fromISO('2030-06-04', { zone: TZ }));
    const at = (ms: number) => openManageLink(b.token, { now: new Date(ms) });

    expect(await at(b.bookedAt.getTime())).toMatchObject({ kind: 'active' });
    // Past but recent: still the booking (a receipt, the time it was).
    expect(await at(b.end.getTime() + DAY_MS)).toMatchObject({ kind: 'active' });
    expect(await at(b.end.getTime() + 30 * DAY_MS - 1000)).toMatchObject({ kind: 'active' });

    const ended = await at(b.end.getTime() + 30 * DAY_MS + 1000);
    expect(ended?.kind).toBe('ended');
    expect(Object.keys(ended ?? {}).sort()).toEqual(['clinic', 'kind']);
    expect(Object.keys((ended as { clinic: object }).clinic).sort()).toEqual(['name', 'phone']);
    expectNothingAbout(ended, b, b.f.practitioners[0]!.name);

    // A wrong link is still simply unknown.
    expect(await openManageLink(newManageToken())).toBeNull();
  });

  it('ends a cancelled booking’s link at once, and its .ics answers 410', async () => {
    // Well ahead of any real clock, so only the cancellation can end it.
    const b = await bookOn(DateTime.fromISO('2031-03-04', { zone: TZ }));
    const before = await calendarFile(b.token);
    expect(before.status).toBe(200);
    expect(await before.text()).toContain('BEGIN:VCALENDAR');

    const cancelled = await cancel(LINK, { manageToken: b.token }, {}, b.bookedAt);
    expect(cancelled.ok).toBe(true);
    const view = await openManageLink(b.token, { now: b.bookedAt });
    expect(view?.kind).toBe('ended');
    expectNothingAbout(view, b, b.f.practitioners[0]!.name);

    const after = await calendarFile(b.token);
    expect(after.status).toBe(410);
    expect(after.headers.get('cache-control')).toBe('no-store');
    const body = await after.text();
    expect(body).not.toContain('BEGIN:VCALENDAR');
    expectNothingAbout(body, b, b.f.practitioners[0]!.name);
  });

  it('answers 410 for the .ics of a visit that ended more than 30 days ago', async () => {
    // Sixty days before the real clock: the route reads the real time.
    const b = await bookOn(DateTime.now().setZone(TZ).minus({ days: 60 }).startOf('day'));
    expect((await calendarFile(b.token)).status).toBe(410);
    expect((await calendarFile(newManageToken())).status).toBe(404);
  });
});

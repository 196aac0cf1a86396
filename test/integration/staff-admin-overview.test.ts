import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as feedRoute } from '@/app/api/staff/calendar/[token]/route';
import { db, dbHandle } from '@/db';
import { appointments, patients, practitioners, timeOff } from '@/db/schema';
import {
  calendarFeedPath,
  hashCalendarToken,
  loadCalendarFeed,
  regenerateCalendarToken,
} from '@/lib/staff/calendar-feed';
import { loadOverview } from '@/lib/staff/overview';
import { makeBookingFixtures } from '../booking-fixtures';
import { makeStaff } from '../staff-fixtures';

const zone = 'America/Los_Angeles';
// A fixed Wednesday noon, clinic time, far from other files' dates.
const now = DateTime.fromISO('2032-05-12T12:00', { zone }).toJSDate();
const at = (iso: string) => DateTime.fromISO(iso, { zone }).toJSDate();

let f: Awaited<ReturnType<typeof makeBookingFixtures>>;
let practitioner: Awaited<ReturnType<typeof makeStaff>>;
let patientName = '';

beforeAll(async () => {
  // Monday–Friday 09:00–17:00 = 40 h working time this week.
  f = await makeBookingFixtures(db, {
    hours: [1, 2, 3, 4, 5].map((d): [number, string, string] => [d, '09:00', '17:00']),
  });
  const pid = f.practitioners[0]!.id;
  patientName = `Avery Quill${randomUUID().slice(0, 4)}`;
  const [returning] = await db
    .insert(patients)
    .values({
      name: patientName,
      email: `avery-${randomUUID()}@example.com`,
      phone: '+1 503-555-0111',
    })
    .returning();
  const [fresh] = await db
    .insert(patients)
    .values({
      name: 'New Person',
      email: `new-${randomUUID()}@example.com`,
      phone: '+1 503-555-0112',
    })
    .returning();
  const base = { practitionerId: pid, serviceId: f.service.id, source: 'online' as const };
  await db.insert(appointments).values([
    // Months earlier: makes the first patient "returning".
    {
      ...base,
      patientId: returning!.id,
      startsAt: at('2032-01-05T10:00'),
      endsAt: at('2032-01-05T11:00'),
      status: 'completed',
    },
    // This week: Monday completed (60 min), Tuesday no-show (60), Wednesday 10:00 completed, 11:00 cancelled late, 14:00 booked.
    {
      ...base,
      patientId: returning!.id,
      startsAt: at('2032-05-10T09:00'),
      endsAt: at('2032-05-10T10:00'),
      status: 'completed',
      intake: { detail: 'secret-intake' },
    },
    {
      ...base,
      patientId: fresh!.id,
      startsAt: at('2032-05-11T09:00'),
      endsAt: at('2032-05-11T10:00'),
      status: 'no_show',
    },
    {
      ...base,
      patientId: fresh!.id,
      startsAt: at('2032-05-12T10:00'),
      endsAt: at('2032-05-12T11:00'),
      status: 'completed',
    },
    {
      ...base,
      patientId: returning!.id,
      startsAt: at('2032-05-12T14:00'),
      endsAt: at('2032-05-12T15:00'),
      status: 'booked',
    },
    {
      ...base,
      patientId: fresh!.id,
      startsAt: at('2032-05-12T11:00'),
      endsAt: at('2032-05-12T12:00'),
      status: 'cancelled',
      cancelledAt: at('2032-05-12T09:00'),
    },
  ]);
  // Friday afternoon off: 4 h less working time.
  await db.insert(timeOff).values({
    practitionerId: pid,
    startsAt: at('2032-05-14T13:00'),
    endsAt: at('2032-05-14T17:00'),
  });
  practitioner = await makeStaff('practitioner', { practitionerId: pid });
});

describe(`overview figures (${dbHandle().driver})`, () => {
  it('a practitioner gets their own diary’s figures', async () => {
    const o = await loadOverview(practitioner.principal, now);
    expect(o.scope).toBe('own');
    expect(o.weekStart).toBe('2032-05-10');
    expect(Object.fromEntries(o.todayByStatus.map((s) => [s.status, s.count]))).toMatchObject({
      completed: 1,
      booked: 1,
      cancelled: 1,
    });
    expect(o.next.map((a) => a.patientName)).toEqual([patientName]);
    expect(o.utilisation).toEqual([
      // Booked: 4 non-cancelled hours (incl. the no-show) of 36 working hours.
      {
        id: f.practitioners[0]!.id,
        name: f.practitioners[0]!.name,
        bookedMinutes: 240,
        workingMinutes: 36 * 60,
        percent: 11,
      },
    ]);
    expect(o.patients).toEqual({ newPatients: 1, returningPatients: 1 });
    expect(o.noShows).toEqual({ count: 1, outOf: 3, ratePercent: 33 });
    expect(o.cancellations).toMatchObject({ cancelled: 1, late: 1, total: 4, ratePercent: 25 });
  });
});

describe(`private calendar feed (${dbHandle().driver})`, () => {
  it('only an admin or the practitioner themself can make a link; only the hash is stored', async () => {
    const pid = f.practitioners[0]!.id;
    const frontDesk = await makeStaff('front_desk');
    expect(
      await regenerateCalendarToken(frontDesk.principal, { practitionerId: pid }),
    ).toMatchObject({ ok: false });
    const other = await makeBookingFixtures(db);
    const stranger = await makeStaff('practitioner', {
      practitionerId: other.practitioners[0]!.id,
    });
    expect(
      await regenerateCalendarToken(stranger.principal, { practitionerId: pid }),
    ).toMatchObject({ ok: false });

    const made = await regenerateCalendarToken(practitioner.principal, { practitionerId: pid });
    if (!made.ok || !made.data.token) throw new Error('no token');
    const token = made.data.token;
    const [row] = await db
      .select({ hash: practitioners.calendarTokenHash })
      .from(practitioners)
      .where(eq(practitioners.id, pid));
    expect(row!.hash).toBe(hashCalendarToken(token));
    expect(row!.hash).not.toContain(token);

    const response = await feedRoute(new Request(`http://clinic.test${calendarFeedPath(token)}`), {
      params: Promise.resolve({ token: `${token}.ics` }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(await response.text()).toContain('BEGIN:VCALENDAR');
    // The route reads around today; the fixture week is in 2032, so read the feed as of then.
    const ics = (await loadCalendarFeed(token, now))!.replace(/\r\n /g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4); // this week's, less the cancelled one; January is outside the window
    expect(ics).toContain(`SUMMARY:${f.service.name} – ${patientName.split(' ')[0]} Q.`);
    expect(ics).not.toContain(patientName);
    expect(ics).not.toContain('secret-intake');
    expect(ics).not.toContain('555-01');
    expect(ics).not.toContain('@example.com');

    // Regenerating kills the old link; a made-up one is a 404.
    const again = await regenerateCalendarToken(practitioner.principal, { practitionerId: pid });
    expect(again.ok).toBe(true);
    const old = await feedRoute(new Request('http://clinic.test/x'), {
      params: Promise.resolve({ token: `${token}.ics` }),
    });
    expect(old.status).toBe(404);
    const junk = await feedRoute(new Request('http://clinic.test/x'), {
      params: Promise.resolve({ token: 'nope.ics' }),
    });
    expect(junk.status).toBe(404);
  });
});

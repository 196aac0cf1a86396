import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { appointments, outbox, timeOff, waitlistEntries, waitlistOffers } from '@/db/schema';
import { cancel } from '@/lib/appointments/cancel';
import { removeTimeOff } from '@/lib/appointments/time-off';
import { exportPatientData } from '@/lib/patients/data-export';
import { erasePatient } from '@/lib/patients/erase';
import { newManageToken } from '@/lib/appointments/online/manage-token';
import { claimOffer, findOfferByToken } from '@/lib/waitlist/claim';
import { changeEntry } from '@/lib/waitlist/entry';
import { offerOpenings } from '@/lib/waitlist/offer';
import { runWaitlistTick } from '@/lib/waitlist/tick';
import {
  bookOnlineRequest,
  bookingBody,
  bookingContext,
  makeBookingFixtures,
} from '../booking-fixtures';
import { makeStaff } from '../staff-fixtures';
import { joinAs, offerTokensFor, offersOf } from '../waitlist-fixtures';

const NOW = new Date('2030-04-01T15:00:00Z'); // Monday 08:00 in Los Angeles (PDT)
const TUESDAY_10 = '2030-04-02T10:00:00-07:00';
const THURSDAY_10 = '2030-04-04T10:00:00-07:00';
const HOUR = 3_600_000;
const LINK = { kind: 'patient', via: 'manage_link' } as const;

/** db.execute's rows: an array on postgres.js, `{ rows }` on PGlite. */
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

type Fixture = Awaited<ReturnType<typeof makeBookingFixtures>>;

async function bookAt(f: Fixture, start: string, now = NOW) {
  const practitioner = f.practitioners[0]!.id;
  const result = await bookOnlineRequest(
    bookingBody(f, start, { practitioner }),
    bookingContext(now),
  );
  if (!result.ok) throw new Error(`booking failed: ${result.code}`);
  const [row] = await db
    .select({ patientId: appointments.patientId })
    .from(appointments)
    .where(eq(appointments.id, result.data.appointmentId));
  return {
    id: result.data.appointmentId,
    token: result.data.manageToken!,
    patientId: row!.patientId,
  };
}

async function activeAt(practitionerId: string, start: string) {
  return db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.practitionerId, practitionerId),
        eq(appointments.startsAt, new Date(start)),
        ne(appointments.status, 'cancelled'),
      ),
    );
}

describe(`waitlist (${dbHandle().driver})`, () => {
  it('writes offers in the cancellation’s transaction: a failed cancellation offers nothing', async () => {
    const f = await makeBookingFixtures(db);
    const booked = await bookAt(f, TUESDAY_10);
    const entry = await joinAs(f, NOW);

    // Make this one cancellation fail late in its transaction (its audit row is refused), after
    // the waitlist step has run beside it.
    const fn = `fail_cancel_${f.tag}`;
    await db.execute(
      sql.raw(`create function ${fn}() returns trigger language plpgsql as $$
        begin
          if new.entity_id = '${booked.id}' and new.action = 'appointment.cancel' then
            raise exception 'test: cancellation fails';
          end if;
          return new;
        end $$`),
    );
    await db.execute(
      sql.raw(
        `create trigger ${fn} before insert on audit_log for each row execute function ${fn}()`,
      ),
    );
    try {
      await expect(cancel(LINK, { manageToken: booked.token }, {}, NOW)).rejects.toThrow();
    } finally {
      await db.execute(sql.raw(`drop trigger ${fn} on audit_log`));
      await db.execute(sql.raw(`drop function ${fn}()`));
    }
    expect(await offersOf(entry.id)).toHaveLength(0);
    expect(await offerTokensFor(entry.patientId)).toHaveLength(0);
    expect(await activeAt(f.practitioners[0]!.id, TUESDAY_10)).toHaveLength(1);

    const later = new Date(NOW.getTime() + 60_000);
    const cancelled = await cancel(LINK, { manageToken: booked.token }, {}, later);
    expect(cancelled.ok).toBe(true);
    const offers = await offersOf(entry.id);
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({
      state: 'sent',
      practitionerId: f.practitioners[0]!.id,
      startsAt: new Date(TUESDAY_10),
      sentAt: later,
      // Two hours to decide, and 10:00 is still two hours' notice away then.
      expiresAt: new Date(later.getTime() + 2 * HOUR),
    });
    expect(await offerTokensFor(entry.patientId)).toHaveLength(1);
  });

  it('offers only entries whose therapy, practitioner, days, parts of the day and dates match', async () => {
    const f = await makeBookingFixtures(db, { practitioners: 2 });
    const other = await makeBookingFixtures(db);
    const booked = await bookAt(f, TUESDAY_10);
    const [p0, p1] = f.practitioners;
    const noMatch = await Promise.all([
      joinAs(f, NOW, { weekdays: [1, 3, 4, 5, 6, 7] }), // not Tuesdays
      joinAs(f, NOW, { partsOfDay: ['afternoon', 'evening'] }), // not mornings
      joinAs(f, NOW, { latestDate: '2030-04-01' }), // useful only until Monday
      joinAs(f, NOW, { practitioner: p1!.id }), // someone else
      joinAs(other, NOW), // another therapy
    ]);
    const match = await joinAs(f, NOW, {
      weekdays: [2],
      partsOfDay: ['morning'],
      practitioner: p0!.id,
    });
    expect((await cancel(LINK, { manageToken: booked.token }, {}, NOW)).ok).toBe(true);
    for (const e of noMatch) expect(await offersOf(e.id)).toHaveLength(0);
    expect(await offersOf(match.id)).toHaveLength(1);
  });

  it('offers a few at a time in joining order, then the next batch when they expire', async () => {
    const f = await makeBookingFixtures(db);
    const booked = await bookAt(f, TUESDAY_10);
    const entries: Awaited<ReturnType<typeof joinAs>>[] = [];
    for (let i = 0; i < 5; i++) entries.push(await joinAs(f, NOW));
    expect((await cancel(LINK, { manageToken: booked.token }, {}, NOW)).ok).toBe(true);
    const counts = async () => Promise.all(entries.map(async (e) => (await offersOf(e.id)).length));
    expect(await counts()).toEqual([1, 1, 1, 0, 0]);

    // An hour later nothing has lapsed.
    await runWaitlistTick(new Date(NOW.getTime() + HOUR));
    expect(await counts()).toEqual([1, 1, 1, 0, 0]);

    // Two hours later the first three lapse and the next two hear about it.
    const twoHours = new Date(NOW.getTime() + 2 * HOUR);
    await runWaitlistTick(twoHours);
    expect(await counts()).toEqual([1, 1, 1, 1, 1]);
    const states = await Promise.all(entries.map(async (e) => (await offersOf(e.id))[0]!.state));
    expect(states).toEqual(['expired', 'expired', 'expired', 'sent', 'sent']);
    const [fourth] = await offersOf(entries[3]!.id);
    expect(fourth!.expiresAt).toEqual(new Date(twoHours.getTime() + 2 * HOUR));
    expect(await offerTokensFor(entries[3]!.patientId)).toHaveLength(1);

    // An expired link gets the plain answer; the entry itself stays on the list.
    const [firstToken] = await offerTokensFor(entries[0]!.patientId);
    expect(await claimOffer(firstToken!, twoHours)).toEqual({ kind: 'gone' });
    const [first] = await db
      .select()
      .from(waitlistEntries)
      .where(eq(waitlistEntries.id, entries[0]!.id));
    expect(first!.status).toBe('waiting');
  });

  it('lets exactly one of 20 concurrent claims of one opening book it; the rest hear “just taken” and stay listed', async () => {
    const f = await makeBookingFixtures(db);
    const practitionerId = f.practitioners[0]!.id;
    const entries: Awaited<ReturnType<typeof joinAs>>[] = [];
    for (let i = 0; i < 20; i++) entries.push(await joinAs(f, NOW));
    const opening = { practitionerId, start: new Date(TUESDAY_10) };
    // Staff offered the time to all twenty by hand (batches are for automatic offers).
    const tokens: string[] = [];
    for (const e of entries) {
      const made = await db.transaction((tx) =>
        offerOpenings(tx, [opening], NOW, { entryId: e.id }),
      );
      expect(made).toHaveLength(1);
      tokens.push((await offerTokensFor(e.patientId))[0]!);
    }
    const claimAt = new Date(NOW.getTime() + 10 * 60_000);
    const results = await Promise.all(tokens.map((t) => claimOffer(t, claimAt)));
    const kinds = results.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'booked')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'taken')).toHaveLength(19);
    for (const r of results)
      if (r.kind === 'taken') expect(r.alternatives.length).toBeGreaterThan(0);

    const rows = await activeAt(practitionerId, TUESDAY_10);
    expect(rows).toHaveLength(1);
    const overlaps = await db.execute(sql`
      select count(*)::int as n from appointments a join appointments b
        on a.practitioner_id = b.practitioner_id and a.id < b.id
       and a.status <> 'cancelled' and b.status <> 'cancelled'
       and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
       where a.practitioner_id = ${practitionerId}`);
    expect(rowsOf<{ n: number }>(overlaps)[0]?.n).toBe(0);

    const winner = results.findIndex((r) => r.kind === 'booked');
    const statuses = await db
      .select({ id: waitlistEntries.id, status: waitlistEntries.status })
      .from(waitlistEntries)
      .where(
        inArray(
          waitlistEntries.id,
          entries.map((e) => e.id),
        ),
      );
    for (const s of statuses)
      expect(s.status).toBe(s.id === entries[winner]!.id ? 'claimed' : 'waiting');
    expect(rows[0]!.patientId).toBe(entries[winner]!.patientId);
    const offerStates = await db
      .select({ state: waitlistOffers.state })
      .from(waitlistOffers)
      .where(
        inArray(
          waitlistOffers.entryId,
          entries.map((e) => e.id),
        ),
      );
    expect(offerStates.filter((o) => o.state === 'claimed')).toHaveLength(1);
    expect(offerStates.filter((o) => o.state === 'superseded')).toHaveLength(19);

    // The winner's link is single-use; a later click by a loser still says "just taken".
    expect(await claimOffer(tokens[winner]!, claimAt)).toEqual({ kind: 'gone' });
    const loser = tokens[(winner + 1) % 20]!;
    expect((await claimOffer(loser, claimAt)).kind).toBe('taken');
    // A link nobody was sent gets the same plain answer as a used one.
    expect(await claimOffer(newManageToken(), claimAt)).toEqual({ kind: 'gone' });
    expect(await findOfferByToken('not-a-token', claimAt)).toBeNull();
  });

  it('moves an “earlier than” entry’s appointment and offers its old time on, in one transaction', async () => {
    const f = await makeBookingFixtures(db);
    const practitionerId = f.practitioners[0]!.id;
    const tuesday = await bookAt(f, TUESDAY_10);
    const thursday = await bookAt(f, THURSDAY_10);
    const early = await joinAs(
      f,
      NOW,
      {},
      {
        earlierThan: { appointmentId: thursday.id, patientId: thursday.patientId },
      },
    );
    // Someone who only wants Thursdays: the time the move frees.
    const thursdays = await joinAs(f, NOW, { weekdays: [4] });

    expect((await cancel(LINK, { manageToken: tuesday.token }, {}, NOW)).ok).toBe(true);
    const [token] = await offerTokensFor(thursday.patientId);
    expect(await offersOf(thursdays.id)).toHaveLength(0);

    const claimAt = new Date(NOW.getTime() + 5 * 60_000);
    const result = await claimOffer(token!, claimAt);
    expect(result).toEqual({ kind: 'moved', appointmentId: thursday.id });
    const [moved] = await db.select().from(appointments).where(eq(appointments.id, thursday.id));
    expect(moved!.startsAt).toEqual(new Date(TUESDAY_10));
    expect(await activeAt(practitionerId, THURSDAY_10)).toHaveLength(0);
    const [entry] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, early.id));
    expect(entry!.status).toBe('claimed');

    const onward = await offersOf(thursdays.id);
    expect(onward).toHaveLength(1);
    expect(onward[0]).toMatchObject({
      startsAt: new Date(THURSDAY_10),
      sentAt: claimAt,
      state: 'sent',
    });
    // The patient hears of the new time (the unsent confirmation becomes one of the new time).
    const news = await db
      .select({ kind: outbox.kind })
      .from(outbox)
      .where(
        and(
          eq(outbox.appointmentId, thursday.id),
          eq(outbox.status, 'pending'),
          eq(outbox.createdAt, claimAt),
        ),
      );
    expect(news.map((m) => m.kind)).toContain('confirmation');
  });

  it('sends a patient one offer at a time, and pausing hands their open offer on', async () => {
    const f = await makeBookingFixtures(db);
    const a = await bookAt(f, TUESDAY_10);
    const b = await bookAt(f, THURSDAY_10);
    const first = await joinAs(f, NOW);
    const second = await joinAs(f, NOW);
    expect((await cancel(LINK, { manageToken: a.token }, {}, NOW)).ok).toBe(true);
    expect((await cancel(LINK, { manageToken: b.token }, {}, NOW)).ok).toBe(true);
    // Two openings, two patients waiting: each holds one open offer, never two.
    const firstOffers = await offersOf(first.id);
    const secondOffers = await offersOf(second.id);
    expect(firstOffers).toHaveLength(1);
    expect(secondOffers).toHaveLength(1);

    expect(await changeEntry(first.id, 'pause', { staffId: null }, NOW)).toBe(true);
    const [ended] = await offersOf(first.id);
    expect(ended!.state).toBe('expired');
    // Nobody else is free to take Tuesday (the second entry holds an offer already), so it waits.
    expect(await changeEntry(first.id, 'pause', { staffId: null }, NOW)).toBe(false);
  });

  it('offers the times that removed time off gives back', async () => {
    const f = await makeBookingFixtures(db);
    const practitionerId = f.practitioners[0]!.id;
    const [block] = await db
      .insert(timeOff)
      .values({
        practitionerId,
        startsAt: new Date('2030-04-02T16:00:00Z'), // Tuesday 09:00–12:00 PDT
        endsAt: new Date('2030-04-02T19:00:00Z'),
        reason: 'Course',
      })
      .returning();
    const entry = await joinAs(f, NOW, { weekdays: [2], partsOfDay: ['morning'] });
    const admin = await makeStaff('admin');
    const removed = await removeTimeOff(admin.principal, { timeOffId: block!.id }, NOW);
    expect(removed.ok).toBe(true);
    const [offer] = await offersOf(entry.id);
    // The earliest open start of the block, Tuesday 09:00.
    expect(offer).toMatchObject({ startsAt: new Date('2030-04-02T16:00:00Z'), state: 'sent' });
  });

  it('puts entries and offers in the privacy export, and erasure removes them', async () => {
    const f = await makeBookingFixtures(db);
    const booked = await bookAt(f, TUESDAY_10);
    const entry = await joinAs(f, NOW, { name: '<b>Ivy</b> Export' });
    expect((await cancel(LINK, { manageToken: booked.token }, {}, NOW)).ok).toBe(true);
    const admin = await makeStaff('admin');
    const exported = await exportPatientData(admin.principal, entry.patientId, 'UTC', NOW);
    if (!exported.ok) throw new Error('export refused');
    const data = JSON.parse(exported.json) as {
      waitlist: { id: string; name: string; offers: { state: string; start: string }[] }[];
      messages: { kind: string }[];
    };
    expect(data.waitlist).toHaveLength(1);
    expect(data.waitlist[0]).toMatchObject({ id: entry.id, name: '<b>Ivy</b> Export' });
    expect(data.waitlist[0]!.offers).toEqual([
      expect.objectContaining({ state: 'sent', start: new Date(TUESDAY_10).toISOString() }),
    ]);
    expect(data.messages.map((m) => m.kind).sort()).toEqual(['waitlist_joined', 'waitlist_offer']);
    // What they typed is text in the e-mails too: escaped in HTML, as typed in the text part.
    const mail = await db
      .select({ html: outbox.htmlBody, text: outbox.textBody })
      .from(outbox)
      .where(eq(outbox.patientId, entry.patientId));
    for (const m of mail) {
      expect(m.html).toContain('Hello &lt;b&gt;Ivy&lt;/b&gt;');
      expect(m.html).not.toContain('<b>Ivy');
      expect(m.text).toContain('Hello <b>Ivy</b>');
    }

    const erased = await erasePatient(admin.principal, {
      patientId: entry.patientId,
      confirmation: 'ERASE',
    });
    expect(erased.ok && erased.data.waitlistEntriesDeleted).toBe(1);
    expect(await offersOf(entry.id)).toHaveLength(0);
    const left = await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, entry.id));
    expect(left).toHaveLength(0);
    expect(await offerTokensFor(entry.patientId)).toHaveLength(0);
  });

  it('lets entries past their latest date expire quietly', async () => {
    const f = await makeBookingFixtures(db);
    const entry = await joinAs(f, NOW, { latestDate: '2030-04-02' });
    await runWaitlistTick(new Date('2030-04-03T06:00:00Z')); // still 2 April in Los Angeles
    let [row] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, entry.id));
    expect(row!.status).toBe('waiting');
    await runWaitlistTick(new Date('2030-04-03T08:00:00Z')); // 3 April, 01:00
    [row] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, entry.id));
    expect(row!.status).toBe('expired');
    const mail = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.patientId, entry.patientId), eq(outbox.kind, 'waitlist_offer')));
    expect(mail).toHaveLength(0);
  });
});

import ICAL from 'ical.js';
import { and, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createCarePlanAction,
  prescribeExerciseAction,
  proposePlanVisitsAction,
  updatePlanNotesAction,
  endPlanAction,
} from '@/app/(staff)/dashboard/care-plans/actions';
import { GET as exportPatient } from '@/app/api/staff/patients/[id]/export/route';
import { db } from '@/db';
import {
  appointments,
  auditLog,
  carePlanExerciseLogs,
  carePlans,
  carePlanVisits,
  exercises,
  outbox,
  patients,
} from '@/db/schema';
import { move } from '@/lib/appointments/move';
import { addDays, clinicDate } from '@/lib/time/calendar';
import { prescribeExercise } from '@/lib/care-plans/change';
import { createCarePlan } from '@/lib/care-plans/create';
import { loadMyPlan, tickExercise } from '@/lib/care-plans/patient';
import { planPath } from '@/lib/care-plans/token';
import { loadStaffPlanView } from '@/lib/care-plans/view';
import { openOutboxLink } from '@/lib/email/outbox-link';
import {
  bookingBody,
  bookingContext,
  bookOnlineRequest,
  makeBookingFixtures,
} from '../booking-fixtures';
import { makeStaff } from '../staff-fixtures';

const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock('@/lib/auth/config', () => ({
  auth: () => Promise.resolve(session.sid ? { sid: session.sid } : null),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const TZ = 'America/Los_Angeles';
type Staff = Awaited<ReturnType<typeof makeStaff>>;
let f: Awaited<ReturnType<typeof makeBookingFixtures>>;
let P: string;
let dr: Staff;
let otherDr: Staff;
let desk: Staff;
let admin: Staff;
const as = (staff: Staff | null) => {
  session.sid = staff?.sessionId ?? null;
};

async function newPatient(email = true) {
  const [row] = await db
    .insert(patients)
    .values({
      name: `Plan Patient ${Math.random().toString(36).slice(2, 8)}`,
      email: email ? `plan-${Math.random().toString(36).slice(2, 10)}@example.com` : null,
      phone: '+1 503-555-0142',
    })
    .returning({ id: patients.id });
  return row!.id;
}

const local = (d: Date) => DateTime.fromJSDate(d, { zone: TZ });

function planInput(patientId: string, visits: Array<{ date: string; time: string }>) {
  return {
    patientId,
    practitionerId: P,
    service: f.service.slug,
    count: visits.length,
    perWeek: 2,
    weekdays: [1, 4],
    time: '09:00',
    startDate: visits[0]!.date,
    visits,
    notes: 'Left-sided SI pain; runs 30 km a week.',
  };
}

beforeAll(async () => {
  f = await makeBookingFixtures(db);
  P = f.practitioners[0]!.id;
  dr = await makeStaff('practitioner', { practitionerId: P });
  const other = await makeBookingFixtures(db);
  otherDr = await makeStaff('practitioner', { practitionerId: other.practitioners[0]!.id });
  desk = await makeStaff('front_desk');
  admin = await makeStaff('admin');
  // The library as the seed makes it (idempotent; other files may have seeded it already).
  const { seedExercises } = await import('@/db/seed/exercises');
  await seedExercises(db);
});

afterEach(() => as(null));

describe('care plans', () => {
  it('books nothing when one of six reviewed times is taken before confirming, and says which', async () => {
    as(dr);
    const patientId = await newPatient();
    const startDate = addDays(clinicDate(new Date(), TZ), 7);
    const proposed = await proposePlanVisitsAction({
      patientId,
      practitionerId: P,
      service: f.service.slug,
      count: 6,
      perWeek: 2,
      weekdays: [2, 5],
      time: '10:00',
      startDate,
    });
    if (!proposed.ok) throw new Error(JSON.stringify(proposed));
    const visits = proposed.data.visits;
    expect(visits).toHaveLength(6);
    expect(visits.every((v) => v.asked && v.time === '10:00')).toBe(true);
    expect(new Set(visits.map((v) => DateTime.fromISO(v.date).weekday))).toEqual(new Set([2, 5]));

    // Someone books the fourth time online between review and confirm.
    const taken = visits[3]!;
    const start = DateTime.fromISO(`${taken.date}T${taken.time}`, { zone: TZ }).toISO()!;
    const other = await bookOnlineRequest(
      bookingBody(f, start, { practitioner: P }),
      bookingContext(new Date()),
    );
    expect(other.ok).toBe(true);

    const confirmed = await createCarePlanAction(planInput(patientId, visits));
    expect(confirmed.ok).toBe(false);
    if (confirmed.ok) return;
    expect(confirmed.fieldErrors).toEqual({
      'visits.3.time': ['Taken meanwhile: choose another time.'],
    });
    expect(confirmed.formError).toMatch(/Nothing was booked/);
    expect(
      await db.select().from(appointments).where(eq(appointments.patientId, patientId)),
    ).toEqual([]);
    expect(await db.select().from(carePlans).where(eq(carePlans.patientId, patientId))).toEqual([]);
    expect(await db.select().from(outbox).where(eq(outbox.patientId, patientId))).toEqual([]);

    // Another time for that visit: all six are booked.
    const retry = visits.map((v, i) => (i === 3 ? { date: v.date, time: '11:00' } : v));
    const ok = await createCarePlanAction(planInput(patientId, retry));
    expect(ok.ok).toBe(true);
    expect(
      await db.select().from(appointments).where(eq(appointments.patientId, patientId)),
    ).toHaveLength(6);
  });

  it('keeps 9:00 local across the autumn clock change', async () => {
    const NOW = new Date('2030-10-21T16:00:00Z'); // Monday 09:00 PDT
    const patientId = await newPatient();
    const { proposeVisits } = await import('@/lib/care-plans/propose');
    const proposal = await proposeVisits({
      serviceSlug: f.service.slug,
      practitionerId: P,
      rhythm: { count: 6, perWeek: 2, weekdays: [1, 4], time: '09:00', startDate: '2030-10-28' },
      now: NOW,
    });
    const starts = proposal!.visits.map((v) => v.start!);
    expect(starts.map((s) => local(s).toFormat('ccc yyyy-MM-dd HH:mm'))).toEqual([
      'Mon 2030-10-28 09:00',
      'Thu 2030-10-31 09:00',
      'Mon 2030-11-04 09:00',
      'Thu 2030-11-07 09:00',
      'Mon 2030-11-11 09:00',
      'Thu 2030-11-14 09:00',
    ]);
    // The same wall time is a different UTC hour on each side of 3 November.
    expect(starts[0]!.toISOString()).toBe('2030-10-28T16:00:00.000Z');
    expect(starts[2]!.toISOString()).toBe('2030-11-04T17:00:00.000Z');

    const outcome = await createCarePlan(
      dr.principal,
      planInput(
        patientId,
        starts.map((s) => ({ date: local(s).toISODate()!, time: local(s).toFormat('HH:mm') })),
      ),
      NOW,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const booked = await db
      .select({ startsAt: appointments.startsAt })
      .from(appointments)
      .where(inArray(appointments.id, outcome.appointmentIds));
    expect(booked.map((b) => local(b.startsAt).toFormat('HH:mm'))).toEqual(Array(6).fill('09:00'));
  });

  it('sends one e-mail whose .ics holds every visit under its own UID; a later move updates one event', async () => {
    const NOW = new Date('2030-10-21T16:00:00Z');
    const patientId = await newPatient();
    const visits = ['2030-10-29', '2030-11-01', '2030-11-05'].map((date) => ({
      date,
      time: '13:00',
    }));
    const outcome = await createCarePlan(dr.principal, planInput(patientId, visits), NOW);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const messages = await db.select().from(outbox).where(eq(outbox.patientId, patientId));
    // One confirmation for the whole plan; each visit keeps its own reminder with its manage link.
    expect(messages.map((m) => m.kind).sort()).toEqual([
      'care_plan',
      'reminder',
      'reminder',
      'reminder',
    ]);
    for (const reminder of messages.filter((m) => m.kind === 'reminder'))
      expect(openOutboxLink(reminder)).toMatch(/\/book\/manage\/[A-Za-z0-9_-]{43}$/);
    const message = messages.find((m) => m.kind === 'care_plan');
    for (const when of [
      'Tuesday 29 October 2030, 1:00 PM',
      'Friday 1 November 2030, 1:00 PM',
      'Tuesday 5 November 2030, 1:00 PM',
    ])
      expect(message!.textBody).toContain(when);
    // The My plan link is sealed to the row and opens to the plan's path.
    const link = openOutboxLink(message!);
    expect(link).toMatch(/\/plan\/[A-Za-z0-9_-]{43}$/);

    const calendar = new ICAL.Component(ICAL.parse(message!.ics!));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const rows = await db
      .select({ id: appointments.id, startsAt: appointments.startsAt, endsAt: appointments.endsAt })
      .from(appointments)
      .where(inArray(appointments.id, outcome.appointmentIds))
      .orderBy(appointments.startsAt);
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
    events.forEach((e, i) => {
      expect(e.uid).toMatch(new RegExp(`^${rows[i]!.id}@[a-z0-9.-]+$`));
      expect(e.startDate.toJSDate().getTime()).toBe(rows[i]!.startsAt.getTime());
      expect(e.endDate.toJSDate().getTime()).toBe(rows[i]!.endsAt.getTime());
    });

    // Moving the second visit sends an invite for that UID only, with a higher SEQUENCE, and the
    // manage link the plan gave the visit.
    const moved = await move(
      { kind: 'staff', staff: dr.principal },
      { appointmentId: rows[1]!.id },
      { start: '2030-11-01T14:00:00-07:00' },
      NOW,
    );
    expect(moved.ok).toBe(true);
    const [reschedule] = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.appointmentId, rows[1]!.id), eq(outbox.kind, 'reschedule')));
    const updated = new ICAL.Component(ICAL.parse(reschedule!.ics!)).getAllSubcomponents('vevent');
    expect(updated).toHaveLength(1);
    const event = new ICAL.Event(updated[0]!);
    expect(event.uid).toBe(events[1]!.uid);
    expect(event.sequence).toBeGreaterThan(events[1]!.sequence);
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-11-01T21:00:00.000Z');
    expect(openOutboxLink(reschedule!)).toMatch(/\/book\/manage\//);
  });

  it('computes adherence from ticks, once per exercise per day, with the pain series', async () => {
    const NOW = new Date('2030-10-21T16:00:00Z'); // Monday 21 October
    const patientId = await newPatient();
    const visits = ['2030-10-22', '2030-11-08'].map((date) => ({ date, time: '15:00' }));
    const outcome = await createCarePlan(dr.principal, planInput(patientId, visits), NOW);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const [bridge, birdDog] = await db
      .select({ id: exercises.id })
      .from(exercises)
      .where(inArray(exercises.slug, ['glute-bridge', 'bird-dog']))
      .orderBy(exercises.slug);
    const daily = await prescribeExercise(
      dr.principal,
      { planId: outcome.planId, exerciseId: birdDog!.id, sets: 2, reps: 6, perWeek: 7, note: '' },
      NOW,
    );
    const thrice = await prescribeExercise(
      dr.principal,
      {
        planId: outcome.planId,
        exerciseId: bridge!.id,
        sets: 3,
        reps: 10,
        holdSeconds: 2,
        perWeek: 3,
        note: 'Slow on the way down.',
      },
      NOW,
    );
    if (!daily.ok || !thrice.ok) throw new Error('prescribing failed');

    const [planRow] = await db.select().from(carePlans).where(eq(carePlans.id, outcome.planId));
    // The patient's token is only in the e-mail: open it from the sealed link.
    const [message] = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.patientId, patientId), eq(outbox.kind, 'care_plan')));
    const token = decodeURIComponent(openOutboxLink(message!)!.split('/plan/')[1]!);
    expect(planPath(token)).toMatch(/^\/plan\//);
    expect(planRow!.tokenHash).not.toContain(token);

    const on = (date: string, hour = 18) =>
      DateTime.fromISO(`${date}T${String(hour).padStart(2, '0')}:00`, { zone: TZ }).toJSDate();
    // Week of 21 Oct: bird dog on 5 days (one of them twice), bridge on 2 days.
    for (const d of ['2030-10-21', '2030-10-22', '2030-10-23', '2030-10-25', '2030-10-27'])
      expect(
        (await tickExercise(token, { planExerciseId: daily.data.planExerciseId, pain: 4 }, on(d)))
          .ok,
      ).toBe(true);
    expect(
      (
        await tickExercise(
          token,
          { planExerciseId: daily.data.planExerciseId, pain: 2 },
          on('2030-10-27', 20),
        )
      ).ok,
    ).toBe(true);
    for (const d of ['2030-10-22', '2030-10-24'])
      expect(
        (await tickExercise(token, { planExerciseId: thrice.data.planExerciseId }, on(d))).ok,
      ).toBe(true);
    // Week of 28 Oct so far (today is Wednesday 30th): bird dog twice, bridge three times.
    for (const d of ['2030-10-28', '2030-10-29'])
      await tickExercise(token, { planExerciseId: daily.data.planExerciseId, pain: 3 }, on(d));
    for (const d of ['2030-10-28', '2030-10-29', '2030-10-30'])
      await tickExercise(token, { planExerciseId: thrice.data.planExerciseId }, on(d));

    const logs = await db
      .select()
      .from(carePlanExerciseLogs)
      .where(eq(carePlanExerciseLogs.planExerciseId, daily.data.planExerciseId));
    expect(logs).toHaveLength(7); // the second tick on the 27th changed the pain, not the count
    expect(logs.find((l) => l.localDate === '2030-10-27')!.pain).toBe(2);

    const view = await loadStaffPlanView(dr.principal, outcome.planId, on('2030-10-30', 21));
    const a = view!.clinical!.adherence;
    expect(a.weeks).toEqual([
      { weekStart: '2030-10-21', logged: 5 + 2, prescribed: 7 + 3 },
      // Three of seven days gone: bird dog expects 3, the bridge ceil(3 × 3/7) = 2 (3 logged, capped).
      { weekStart: '2030-10-28', logged: 2 + 2, prescribed: 3 + 2 },
    ]);
    expect(a.percent).toBe(Math.round((100 * 11) / 15));
    expect(view!.clinical!.pain).toEqual([
      { date: '2030-10-21', pain: 4 },
      { date: '2030-10-22', pain: 4 },
      { date: '2030-10-23', pain: 4 },
      { date: '2030-10-25', pain: 4 },
      { date: '2030-10-27', pain: 2 },
      { date: '2030-10-28', pain: 3 },
      { date: '2030-10-29', pain: 3 },
    ]);

    const mine = await loadMyPlan(token, on('2030-10-30', 21));
    expect(mine!.exercises.map((e) => e.doneToday).sort()).toEqual([false, true]);
    expect(mine!.upcoming.every((v) => v.managePath?.startsWith('/book/manage/'))).toBe(true);
    expect(await loadMyPlan(token.replace(/.$/, token.endsWith('A') ? 'B' : 'A'))).toBeNull();

    // Ticks are limited per link: a script hammering the link is stopped, the count stays right.
    const { TICK_RATE_LIMIT } = await import('@/lib/care-plans/patient');
    const burst = on('2030-10-30', 22);
    const outcomes = [];
    for (let i = 0; i < TICK_RATE_LIMIT.limit + 1; i++)
      outcomes.push(
        (await tickExercise(token, { planExerciseId: daily.data.planExerciseId }, burst)).ok,
      );
    expect(outcomes.at(-1)).toBe(false);
    expect(
      (await tickExercise(token, { planExerciseId: daily.data.planExerciseId }, burst)).ok,
    ).toBe(false);
    expect(
      await db
        .select()
        .from(carePlanExerciseLogs)
        .where(eq(carePlanExerciseLogs.planExerciseId, daily.data.planExerciseId)),
    ).toHaveLength(8); // today's one row, however many ticks
  });

  it('keeps notes and logs from front desk (and other practitioners) in the page data, actions and export', async () => {
    const NOW = new Date('2030-10-21T16:00:00Z');
    const patientId = await newPatient();
    const outcome = await createCarePlan(
      dr.principal,
      planInput(patientId, [{ date: '2030-10-23', time: '11:00' }]),
      NOW,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));

    for (const who of [desk, otherDr]) {
      const view = await loadStaffPlanView(who.principal, outcome.planId, NOW);
      expect(view!.visits).toHaveLength(1);
      expect(view!.clinical).toBeNull();
      expect(JSON.stringify(view)).not.toContain('SI pain');
    }
    expect(
      (await loadStaffPlanView(admin.principal, outcome.planId, NOW))!.clinical!.notes,
    ).toContain('SI pain');

    as(desk);
    for (const call of [
      updatePlanNotesAction({ planId: outcome.planId, notes: 'x' }),
      endPlanAction({ planId: outcome.planId }),
      prescribeExerciseAction({ planId: outcome.planId }),
      proposePlanVisitsAction({}),
    ])
      expect(await call).toEqual({ ok: false, formError: 'Your role can’t do this.' });
    const response = await exportPatient(new Request('http://localhost/x'), {
      params: Promise.resolve({ id: patientId }),
    });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('SI pain');

    as(otherDr);
    expect(await updatePlanNotesAction({ planId: outcome.planId, notes: 'mine now' })).toEqual({
      ok: false,
      formError: 'Only the treating practitioner and admins can change this plan.',
    });
    expect(
      (await db.select().from(carePlans).where(eq(carePlans.id, outcome.planId)))[0]!.notes,
    ).toContain('SI pain');

    as(dr);
    expect(
      await updatePlanNotesAction({ planId: outcome.planId, notes: 'Better this week.' }),
    ).toEqual({ ok: true, data: undefined });
    const audit = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, outcome.planId));
    expect(audit.map((a) => a.action).sort()).toEqual(['care_plan.create', 'care_plan.notes']);
    expect(
      await db.select().from(carePlanVisits).where(eq(carePlanVisits.planId, outcome.planId)),
    ).toHaveLength(1);
  });

  it('puts plans, prescriptions and logs in the export, and erasure removes them', async () => {
    const NOW = new Date('2030-10-21T16:00:00Z');
    const patientId = await newPatient();
    const outcome = await createCarePlan(
      dr.principal,
      planInput(patientId, [{ date: '2030-10-24', time: '10:00' }]),
      NOW,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const [bridge] = await db
      .select({ id: exercises.id })
      .from(exercises)
      .where(eq(exercises.slug, 'glute-bridge'));
    const rx = await prescribeExercise(
      dr.principal,
      {
        planId: outcome.planId,
        exerciseId: bridge!.id,
        sets: 2,
        reps: 8,
        perWeek: 3,
        note: 'Gently.',
      },
      NOW,
    );
    if (!rx.ok) throw new Error('prescribing failed');
    const [message] = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.patientId, patientId), eq(outbox.kind, 'care_plan')));
    const token = decodeURIComponent(openOutboxLink(message!)!.split('/plan/')[1]!);
    expect(
      (await tickExercise(token, { planExerciseId: rx.data.planExerciseId, pain: 5 }, NOW)).ok,
    ).toBe(true);

    as(admin);
    const response = await exportPatient(new Request('http://localhost/x'), {
      params: Promise.resolve({ id: patientId }),
    });
    expect(response.status).toBe(200);
    const data = (await response.json()) as { carePlans: Array<Record<string, unknown>> };
    expect(data.carePlans).toHaveLength(1);
    expect(data.carePlans[0]).toMatchObject({
      id: outcome.planId,
      notes: expect.stringContaining('SI pain'),
      visits: outcome.appointmentIds,
      exercises: [
        expect.objectContaining({
          exercise: 'Glute bridge',
          sets: 2,
          reps: 8,
          perWeek: 3,
          note: 'Gently.',
        }),
      ],
      logs: [{ planExerciseId: rx.data.planExerciseId, localDate: '2030-10-21', pain: 5 }],
    });

    const { erasePatient } = await import('@/lib/patients/erase');
    const erased = await erasePatient(admin.principal, { patientId, confirmation: 'ERASE' }, NOW);
    expect(erased).toMatchObject({ ok: true, data: { carePlansDeleted: 1 } });
    expect(await db.select().from(carePlans).where(eq(carePlans.patientId, patientId))).toEqual([]);
    expect(
      await db
        .select()
        .from(carePlanExerciseLogs)
        .where(eq(carePlanExerciseLogs.planExerciseId, rx.data.planExerciseId)),
    ).toEqual([]);
    expect(await loadMyPlan(token, NOW)).toBeNull();
  });

  it('renders an article’s exercise block from the library record, and a staff edit shows there', async () => {
    const { articles } = await import('@/db/schema/articles');
    const { loadArticleView } = await import('@/lib/content/article-view');
    const { saveExercise } = await import('@/lib/content/exercise-library');
    const tag = Math.random().toString(36).slice(2, 8);
    const name = `Wall sit ${tag}`;
    const created = await saveExercise(admin.principal, {
      name,
      purpose: 'Builds endurance in the thighs.',
      steps: ['Lean on a wall.', 'Slide down to a chair height.'],
      defaultSets: 2,
      defaultHoldSeconds: 30,
      repsNote: '',
      easier: 'Go less deep.',
      harder: '',
      cautions: '<script>alert(1)</script> Stop if the knee hurts.',
      illustrationSrc: '',
      illustrationAlt: '',
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    await db.insert(articles).values({
      slug: `wall-sit-${tag}`,
      title: 'Wall sits',
      description: 'A test article.',
      topic: 'exercises',
      bodyMarkdown: `Intro.\n\n### Exercise: ${name}\n\n**Sets:** 9 · **Reps:** 99 · **Rest:** None\n\n1. The article's own old step.\n`,
      authorId: P,
      reviewedById: otherDr.principal.practitionerId!,
      reviewedAt: new Date('2026-01-01T08:00:00Z'),
      publishedAt: new Date('2026-01-02T08:00:00Z'),
      status: 'published',
    });
    const html = async () => (await loadArticleView(`wall-sit-${tag}`))!.html;
    const first = await html();
    expect(first).toContain('Slide down to a chair height.');
    expect(first).toContain('<dt>Time</dt><dd>30 seconds</dd>');
    expect(first).not.toContain('old step');
    expect(first).not.toContain('<script>');
    expect(first).toContain('&#x3C;script>alert(1)&#x3C;/script> Stop if the knee hurts.');

    const edited = await saveExercise(admin.principal, {
      id: created.data.id,
      name: `${name} (edited)`,
      purpose: 'Builds endurance in the thighs.',
      steps: ['Lean on a wall.', 'Slide down until the knees are at 90 degrees.'],
      defaultSets: 3,
      defaultHoldSeconds: 45,
      repsNote: '',
      easier: '',
      harder: '',
      cautions: '',
      illustrationSrc: '',
      illustrationAlt: '',
    });
    expect(edited).toMatchObject({ ok: true, data: { slug: created.data.slug } });
    const second = await html();
    expect(second).toContain('knees are at 90 degrees');
    expect(second).toContain(`${name} (edited)`);
    expect(second).toContain('<dt>Sets</dt><dd>3</dd>');
  });

  it('validates dosage with field errors', async () => {
    as(dr);
    const result = await prescribeExerciseAction({
      planId: '00000000-0000-4000-8000-000000000000',
      exerciseId: '00000000-0000-4000-8000-000000000000',
      sets: '0',
      reps: '',
      holdSeconds: '',
      perWeek: '9',
      note: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['perWeek', 'reps', 'sets']);
  });
});

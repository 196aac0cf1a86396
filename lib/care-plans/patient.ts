import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db';
import { planByTokenHash, planPrescriptions, planVisits, ticksOn } from '@/db/queries/care-plans';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { carePlanExerciseLogs, carePlanExercises } from '@/db/schema';
import { hashManageToken, isWellFormedManageToken } from '@/lib/appointments/online/manage-token';
import { clinicDate } from '@/lib/time/calendar';
import { writeAudit } from '@/lib/audit';
import { openManageLink } from '@/lib/security/seal';
import { hitRateLimit } from '@/lib/security/rate-limit';

/** Ticks per link per 10 minutes: plenty for a whole programme, little for a script. */
export const TICK_RATE_LIMIT = { limit: 40, windowSeconds: 600 } as const;

const ACTIVE_VISIT = new Set(['booked', 'confirmed', 'arrived']);

/** My plan: what the patient's private link shows, or null (unknown, expired, erased). */
export async function loadMyPlan(token: string, now = new Date()) {
  if (!isWellFormedManageToken(token)) return null;
  const plan = await planByTokenHash(hashManageToken(token), now);
  if (!plan) return null;
  const timeZone = await getClinicTimeZone();
  const today = clinicDate(now, timeZone);
  const [visits, prescriptions] = await Promise.all([
    planVisits(plan.id),
    planPrescriptions(plan.id),
  ]);
  const current = prescriptions.filter(
    (p) => p.removedAt === null && (p.endsOn === null || p.endsOn >= today),
  );
  const done = new Map(
    (
      await ticksOn(
        current.map((p) => p.id),
        today,
      )
    ).map((t) => [t.planExerciseId, t.pain]),
  );
  return {
    plan,
    timeZone,
    today,
    upcoming: visits
      .filter((v) => ACTIVE_VISIT.has(v.status) && v.endsAt > now)
      .map((v) => {
        const manage = v.manageTokenSealed
          ? openManageLink(v.manageTokenSealed, v.appointmentId)
          : null;
        return {
          appointmentId: v.appointmentId,
          startsAt: v.startsAt,
          endsAt: v.endsAt,
          managePath: manage ? `/book/manage/${encodeURIComponent(manage)}` : null,
        };
      }),
    exercises: current.map(({ createdAt: _c, removedAt: _r, ...p }) => ({
      ...p,
      startsLater: p.startsOn !== null && p.startsOn > today,
      doneToday: done.has(p.id),
      painToday: done.get(p.id) ?? null,
    })),
  };
}

export type TickOutcome =
  | { ok: true; date: string }
  | { ok: false; code: 'not_found' | 'rate_limited' | 'not_current'; message: string };

/**
 * "Done today": one row per prescribed exercise per clinic-local day (the unique index), so a
 * repeat changes at most the pain score. Limited per link; the patient is the audited actor.
 */
export async function tickExercise(
  token: string,
  input: { planExerciseId: string; pain?: number },
  now = new Date(),
): Promise<TickOutcome> {
  const gone = {
    ok: false as const,
    code: 'not_found' as const,
    message: 'This plan link no longer works.',
  };
  if (!isWellFormedManageToken(token)) return gone;
  const tokenHash = hashManageToken(token);
  const limit = await hitRateLimit(
    'plan-tick',
    tokenHash,
    TICK_RATE_LIMIT.limit,
    TICK_RATE_LIMIT.windowSeconds,
    { now },
  );
  if (!limit.allowed)
    return {
      ok: false,
      code: 'rate_limited',
      message: `That was a lot of ticks in a short time. Please try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
    };
  const plan = await planByTokenHash(tokenHash, now);
  if (!plan) return gone;
  const timeZone = await getClinicTimeZone();
  const today = clinicDate(now, timeZone);
  if (plan.status !== 'active' || today > plan.endsOn)
    return { ok: false, code: 'not_current', message: 'This plan has ended: ticks are closed.' };
  return db.transaction(async (tx) => {
    const [p] = await tx
      .select({
        id: carePlanExercises.id,
        startsOn: carePlanExercises.startsOn,
        endsOn: carePlanExercises.endsOn,
      })
      .from(carePlanExercises)
      .where(
        and(
          eq(carePlanExercises.id, input.planExerciseId),
          eq(carePlanExercises.planId, plan.id),
          isNull(carePlanExercises.removedAt),
        ),
      );
    if (!p)
      return {
        ok: false as const,
        code: 'not_found' as const,
        message: 'This exercise is no longer in your plan.',
      };
    if ((p.startsOn && today < p.startsOn) || (p.endsOn && today > p.endsOn))
      return {
        ok: false as const,
        code: 'not_current' as const,
        message: 'This exercise is not part of your plan today.',
      };
    await tx
      .insert(carePlanExerciseLogs)
      .values({ planExerciseId: p.id, localDate: today, pain: input.pain ?? null, loggedAt: now })
      .onConflictDoUpdate({
        target: [carePlanExerciseLogs.planExerciseId, carePlanExerciseLogs.localDate],
        set: { pain: sql`coalesce(excluded.pain, ${carePlanExerciseLogs.pain})`, loggedAt: now },
      });
    await writeAudit(
      {
        actorStaffId: null,
        actorKind: 'patient',
        action: 'care_plan.tick',
        entityType: 'care_plan',
        entityId: plan.id,
        details: {
          via: 'plan_link',
          planExerciseId: p.id,
          date: today,
          pain: input.pain !== undefined,
        },
      },
      tx,
    );
    return { ok: true as const, date: today };
  });
}

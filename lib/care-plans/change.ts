import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { carePlanExercises, carePlans, exercises } from '@/db/schema';
import { clinicDate } from '@/lib/time/calendar';
import { writeAudit } from '@/lib/audit';
import { canReadClinical, type StaffPrincipal } from '@/lib/auth/roles';
import type { PrescriptionInput } from '@/lib/validations/care-plans';
import { planLinkExpiry } from './token';
import { fail, fieldError, type ActionResult } from '@/lib/actions/result';

const GONE = 'This care plan no longer exists.';
const NOT_YOURS = 'Only the treating practitioner and admins can change this plan.';
const ENDED = 'This plan has ended; it can no longer be changed.';

/** The plan, when this staff member may change it (admins; its own practitioner). */
async function editablePlan(staff: StaffPrincipal, planId: string) {
  const [plan] = await db
    .select({
      id: carePlans.id,
      practitionerId: carePlans.practitionerId,
      status: carePlans.status,
      patientId: carePlans.patientId,
    })
    .from(carePlans)
    .where(eq(carePlans.id, planId));
  if (!plan) return fail(GONE);
  if (!canReadClinical(staff, plan.practitionerId)) return fail(NOT_YOURS);
  if (plan.status !== 'active') return fail(ENDED);
  return { ok: true, plan } as const;
}

export async function prescribeExercise(
  staff: StaffPrincipal,
  input: PrescriptionInput,
  now = new Date(),
): Promise<ActionResult<{ planExerciseId: string }>> {
  const found = await editablePlan(staff, input.planId);
  if (!found.ok) return found;
  const [exercise] = await db
    .select({ id: exercises.id })
    .from(exercises)
    .where(eq(exercises.id, input.exerciseId));
  if (!exercise) return fieldError('exerciseId', 'Choose an exercise from the library.');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(carePlanExercises)
      .values({
        planId: input.planId,
        exerciseId: input.exerciseId,
        sets: input.sets,
        reps: input.reps ?? null,
        holdSeconds: input.holdSeconds ?? null,
        perWeek: input.perWeek,
        note: input.note,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: carePlanExercises.id });
    await writeAudit(
      {
        actorStaffId: staff.id,
        action: 'care_plan.exercise_add',
        entityType: 'care_plan',
        entityId: input.planId,
        details: { planExerciseId: row!.id, exerciseId: input.exerciseId, perWeek: input.perWeek },
      },
      tx,
    );
    return { ok: true as const, data: { planExerciseId: row!.id } };
  });
}

/** Takes an exercise out of the plan; its ticks stay and still count for the weeks it was in. */
export async function removePrescription(
  staff: StaffPrincipal,
  input: { planId: string; planExerciseId: string },
  now = new Date(),
): Promise<ActionResult> {
  const found = await editablePlan(staff, input.planId);
  if (!found.ok) return found;
  return db.transaction(async (tx) => {
    const removed = await tx
      .update(carePlanExercises)
      .set({ removedAt: now, updatedAt: now })
      .where(
        and(
          eq(carePlanExercises.id, input.planExerciseId),
          eq(carePlanExercises.planId, input.planId),
          isNull(carePlanExercises.removedAt),
        ),
      )
      .returning({ id: carePlanExercises.id });
    if (removed.length === 0)
      return { ok: false as const, formError: 'That exercise is no longer in the plan.' };
    await writeAudit(
      {
        actorStaffId: staff.id,
        action: 'care_plan.exercise_remove',
        entityType: 'care_plan',
        entityId: input.planId,
        details: { planExerciseId: input.planExerciseId },
      },
      tx,
    );
    return { ok: true as const, data: undefined };
  });
}

export async function updatePlanNotes(
  staff: StaffPrincipal,
  input: { planId: string; notes: string },
  now = new Date(),
): Promise<ActionResult> {
  const found = await editablePlan(staff, input.planId);
  if (!found.ok) return found;
  await db.transaction(async (tx) => {
    await tx
      .update(carePlans)
      .set({ notes: input.notes, updatedAt: now })
      .where(eq(carePlans.id, input.planId));
    await writeAudit(
      {
        actorStaffId: staff.id,
        action: 'care_plan.notes',
        entityType: 'care_plan',
        entityId: input.planId,
      },
      tx,
    );
  });
  return { ok: true, data: undefined };
}

/**
 * Ends the plan today (or keeps an earlier planned end): the patient's link then lives 90 days
 * more. Visits still booked stay booked; staff cancel them one by one through the normal flow.
 */
export async function endPlan(
  staff: StaffPrincipal,
  input: { planId: string },
  now = new Date(),
): Promise<ActionResult> {
  const found = await editablePlan(staff, input.planId);
  if (!found.ok) return found;
  const timeZone = await getClinicTimeZone();
  const today = clinicDate(now, timeZone);
  await db.transaction(async (tx) => {
    const [plan] = await tx
      .select({ startsOn: carePlans.startsOn, endsOn: carePlans.endsOn })
      .from(carePlans)
      .where(eq(carePlans.id, input.planId))
      .for('update');
    const candidates = [plan!.endsOn, today < plan!.startsOn ? plan!.startsOn : today].sort();
    const endsOn = candidates[0]!;
    await tx
      .update(carePlans)
      .set({
        status: 'ended',
        endedAt: now,
        endsOn,
        tokenExpiresAt: planLinkExpiry(endsOn, timeZone),
        updatedAt: now,
      })
      .where(eq(carePlans.id, input.planId));
    await writeAudit(
      {
        actorStaffId: staff.id,
        action: 'care_plan.end',
        entityType: 'care_plan',
        entityId: input.planId,
        details: { endsOn },
      },
      tx,
    );
  });
  return { ok: true, data: undefined };
}

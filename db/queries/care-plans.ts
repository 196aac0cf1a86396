import 'server-only';
import { and, asc, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import {
  appointments,
  carePlanExerciseLogs,
  carePlanExercises,
  carePlans,
  carePlanVisits,
  exercises,
  patients,
  practitioners,
  services,
} from '@/db/schema';
import { exerciseRecordColumns } from './exercises';

/*
 * Reads of care plans. Visits are for every staff role; notes, prescriptions and logs are clinical
 * and are read only by lib/care-plans/view.ts after its access check (never sent to front desk).
 */

export async function planHeader(planId: string, executor: Executor = db) {
  const [row] = await executor
    .select({
      id: carePlans.id,
      patientId: carePlans.patientId,
      patientName: patients.name,
      practitionerId: carePlans.practitionerId,
      practitionerName: practitioners.name,
      serviceName: services.name,
      status: carePlans.status,
      startsOn: carePlans.startsOn,
      endsOn: carePlans.endsOn,
      visitsPerWeek: carePlans.visitsPerWeek,
      createdAt: carePlans.createdAt,
      endedAt: carePlans.endedAt,
    })
    .from(carePlans)
    .innerJoin(patients, eq(patients.id, carePlans.patientId))
    .innerJoin(practitioners, eq(practitioners.id, carePlans.practitionerId))
    .innerJoin(services, eq(services.id, carePlans.serviceId))
    .where(eq(carePlans.id, planId));
  return row ?? null;
}

export function planVisits(planId: string, executor: Executor = db) {
  return executor
    .select({
      appointmentId: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      manageTokenSealed: carePlanVisits.manageTokenSealed,
    })
    .from(carePlanVisits)
    .innerJoin(appointments, eq(appointments.id, carePlanVisits.appointmentId))
    .where(eq(carePlanVisits.planId, planId))
    .orderBy(asc(appointments.startsAt));
}

/** Clinical: the plan's notes. */
export async function planNotes(planId: string, executor: Executor = db): Promise<string> {
  const [row] = await executor
    .select({ notes: carePlans.notes })
    .from(carePlans)
    .where(eq(carePlans.id, planId));
  return row?.notes ?? '';
}

/** Clinical: the exercises prescribed (removed ones too, for adherence), with their records. */
export function planPrescriptions(planId: string, executor: Executor = db) {
  return executor
    .select({
      id: carePlanExercises.id,
      exerciseId: carePlanExercises.exerciseId,
      sets: carePlanExercises.sets,
      reps: carePlanExercises.reps,
      holdSeconds: carePlanExercises.holdSeconds,
      perWeek: carePlanExercises.perWeek,
      note: carePlanExercises.note,
      startsOn: carePlanExercises.startsOn,
      endsOn: carePlanExercises.endsOn,
      createdAt: carePlanExercises.createdAt,
      removedAt: carePlanExercises.removedAt,
      exercise: exerciseRecordColumns,
    })
    .from(carePlanExercises)
    .innerJoin(exercises, eq(exercises.id, carePlanExercises.exerciseId))
    .where(eq(carePlanExercises.planId, planId))
    .orderBy(asc(carePlanExercises.createdAt));
}

/** Clinical: every tick of the plan. */
export function planTicks(planId: string, executor: Executor = db) {
  return executor
    .select({
      planExerciseId: carePlanExerciseLogs.planExerciseId,
      localDate: carePlanExerciseLogs.localDate,
      pain: carePlanExerciseLogs.pain,
    })
    .from(carePlanExerciseLogs)
    .innerJoin(carePlanExercises, eq(carePlanExercises.id, carePlanExerciseLogs.planExerciseId))
    .where(eq(carePlanExercises.planId, planId))
    .orderBy(asc(carePlanExerciseLogs.localDate));
}

/** The plans of a patient (newest first) and of one appointment, for the record and visit pages. */
export function plansOfPatient(patientId: string, executor: Executor = db) {
  return executor
    .select({
      id: carePlans.id,
      status: carePlans.status,
      startsOn: carePlans.startsOn,
      endsOn: carePlans.endsOn,
      practitionerId: carePlans.practitionerId,
      practitionerName: practitioners.name,
      serviceName: services.name,
    })
    .from(carePlans)
    .innerJoin(practitioners, eq(practitioners.id, carePlans.practitionerId))
    .innerJoin(services, eq(services.id, carePlans.serviceId))
    .where(eq(carePlans.patientId, patientId))
    .orderBy(desc(carePlans.createdAt));
}

export async function planOfAppointment(appointmentId: string, executor: Executor = db) {
  const [row] = await executor
    .select({ planId: carePlanVisits.planId })
    .from(carePlanVisits)
    .where(eq(carePlanVisits.appointmentId, appointmentId));
  return row?.planId ?? null;
}

/** Active plans, optionally one practitioner's (the overview). */
export function activePlans(practitionerId: string | null, executor: Executor = db) {
  return executor
    .select({
      id: carePlans.id,
      patientName: patients.name,
      practitionerId: carePlans.practitionerId,
      practitionerName: practitioners.name,
      endsOn: carePlans.endsOn,
    })
    .from(carePlans)
    .innerJoin(patients, eq(patients.id, carePlans.patientId))
    .innerJoin(practitioners, eq(practitioners.id, carePlans.practitionerId))
    .where(
      and(
        eq(carePlans.status, 'active'),
        practitionerId ? eq(carePlans.practitionerId, practitionerId) : undefined,
      ),
    )
    .orderBy(asc(carePlans.endsOn));
}

/** The plan behind a patient's link, while the link lives. */
export async function planByTokenHash(tokenHash: string, now: Date, executor: Executor = db) {
  const [row] = await executor
    .select({
      id: carePlans.id,
      patientId: carePlans.patientId,
      patientName: patients.name,
      practitionerName: practitioners.name,
      serviceName: services.name,
      status: carePlans.status,
      startsOn: carePlans.startsOn,
      endsOn: carePlans.endsOn,
    })
    .from(carePlans)
    .innerJoin(patients, eq(patients.id, carePlans.patientId))
    .innerJoin(practitioners, eq(practitioners.id, carePlans.practitionerId))
    .innerJoin(services, eq(services.id, carePlans.serviceId))
    .where(
      and(
        eq(carePlans.tokenHash, tokenHash),
        gt(carePlans.tokenExpiresAt, now),
        isNull(patients.erasedAt),
      ),
    );
  return row ?? null;
}

/** Today's ticks of these prescriptions (My plan shows what is already done). */
export function ticksOn(
  planExerciseIds: readonly string[],
  localDate: string,
  executor: Executor = db,
) {
  if (planExerciseIds.length === 0) return Promise.resolve([]);
  return executor
    .select({
      planExerciseId: carePlanExerciseLogs.planExerciseId,
      pain: carePlanExerciseLogs.pain,
    })
    .from(carePlanExerciseLogs)
    .where(
      and(
        inArray(carePlanExerciseLogs.planExerciseId, [...planExerciseIds]),
        eq(carePlanExerciseLogs.localDate, localDate),
      ),
    );
}

/** What "Create care plan" from an appointment starts from: who, what, which weekday and time. */
export async function appointmentForPlan(appointmentId: string, executor: Executor = db) {
  const [row] = await executor
    .select({
      patientId: appointments.patientId,
      practitionerId: appointments.practitionerId,
      serviceSlug: services.slug,
      startsAt: appointments.startsAt,
    })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .where(eq(appointments.id, appointmentId));
  return row ?? null;
}

/** A patient's plans with what was prescribed and logged, for their data export. */
export async function carePlansForExport(executor: Executor, patientId: string) {
  const plans = await executor
    .select({
      id: carePlans.id,
      practitioner: practitioners.name,
      therapy: services.name,
      status: carePlans.status,
      startsOn: carePlans.startsOn,
      endsOn: carePlans.endsOn,
      visitsPerWeek: carePlans.visitsPerWeek,
      preferredWeekdays: carePlans.preferredWeekdays,
      preferredTime: carePlans.preferredTime,
      notes: carePlans.notes,
      createdAt: carePlans.createdAt,
      endedAt: carePlans.endedAt,
    })
    .from(carePlans)
    .innerJoin(practitioners, eq(practitioners.id, carePlans.practitionerId))
    .innerJoin(services, eq(services.id, carePlans.serviceId))
    .where(eq(carePlans.patientId, patientId))
    .orderBy(asc(carePlans.createdAt));
  return Promise.all(
    plans.map(async (plan) => {
      const [visits, prescribed, logs] = await Promise.all([
        executor
          .select({ appointmentId: carePlanVisits.appointmentId })
          .from(carePlanVisits)
          .where(eq(carePlanVisits.planId, plan.id)),
        executor
          .select({
            id: carePlanExercises.id,
            exercise: exercises.name,
            sets: carePlanExercises.sets,
            reps: carePlanExercises.reps,
            holdSeconds: carePlanExercises.holdSeconds,
            perWeek: carePlanExercises.perWeek,
            note: carePlanExercises.note,
            startsOn: carePlanExercises.startsOn,
            endsOn: carePlanExercises.endsOn,
            createdAt: carePlanExercises.createdAt,
            removedAt: carePlanExercises.removedAt,
          })
          .from(carePlanExercises)
          .innerJoin(exercises, eq(exercises.id, carePlanExercises.exerciseId))
          .where(eq(carePlanExercises.planId, plan.id)),
        planTicks(plan.id, executor),
      ]);
      return { ...plan, visits: visits.map((v) => v.appointmentId), exercises: prescribed, logs };
    }),
  );
}

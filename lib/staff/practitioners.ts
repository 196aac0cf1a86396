import { and, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import { db } from '@/db';
import {
  appointments,
  practitionerServices,
  practitioners,
  services,
  workingHours,
} from '@/db/schema';
import { fail, fieldError, type ActionResult } from '@/lib/actions/result';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import type { PractitionerValues, WeeklyHours } from '@/lib/validations/clinic-admin';
import { linesOf } from '@/lib/validations/lines';
import { constraintOf, isUniqueViolation } from './db-errors';
import { forbidden, hasRole } from './permissions';

export interface SavedPractitioner {
  practitionerId: string;
  /** Active future appointments when the practitioner was just made inactive: they still need moving. */
  futureAppointments: number;
}

/** Creates or updates a practitioner's profile, active flag and offered therapies. Admin only. */
export async function savePractitioner(
  actor: StaffPrincipal,
  input: PractitionerValues,
  now = new Date(),
): Promise<ActionResult<SavedPractitioner>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  const { id, serviceIds, credentials, interests, ...rest } = input;
  const profile = { ...rest, credentials: linesOf(credentials), interests: linesOf(interests) };
  try {
    return await db.transaction(async (tx) => {
      let practitionerId = id;
      if (id) {
        const updated = await tx
          .update(practitioners)
          .set({ ...profile, updatedAt: now })
          .where(eq(practitioners.id, id))
          .returning({ id: practitioners.id });
        if (!updated.length) return fail('That practitioner no longer exists.');
      } else {
        const [row] = await tx
          .insert(practitioners)
          .values(profile)
          .returning({ id: practitioners.id });
        practitionerId = row!.id;
      }
      const known = serviceIds.length
        ? await tx
            .select({ id: services.id })
            .from(services)
            .where(inArray(services.id, serviceIds))
        : [];
      if (known.length !== new Set(serviceIds).size)
        return fieldError('serviceIds', 'One of the therapies no longer exists.');
      await tx
        .delete(practitionerServices)
        .where(eq(practitionerServices.practitionerId, practitionerId));
      if (known.length) {
        await tx
          .insert(practitionerServices)
          .values(known.map((s) => ({ practitionerId, serviceId: s.id })));
      }
      const [future] = profile.active
        ? [{ n: 0 }]
        : await tx
            .select({ n: sql<number>`count(*)::int` })
            .from(appointments)
            .where(
              and(
                eq(appointments.practitionerId, practitionerId),
                gte(appointments.startsAt, now),
                ne(appointments.status, 'cancelled'),
              ),
            );
      await writeAudit(
        {
          actorStaffId: actor.id,
          action: id ? 'practitioner.update' : 'practitioner.create',
          entityType: 'practitioner',
          entityId: practitionerId,
          details: { active: profile.active, services: known.length },
        },
        tx,
      );
      return { ok: true as const, data: { practitionerId, futureAppointments: future?.n ?? 0 } };
    });
  } catch (error) {
    if (isUniqueViolation(error) && constraintOf(error).includes('slug'))
      return fieldError('slug', 'Another practitioner already uses this slug.');
    throw error;
  }
}

/** Replaces a practitioner's weekly working hours (clinic-local). Admin only. */
export async function replaceWorkingHours(
  actor: StaffPrincipal,
  input: { practitionerId: string; hours: WeeklyHours },
): Promise<ActionResult<undefined>> {
  if (!hasRole(actor, ['admin'])) return forbidden();
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: practitioners.id })
      .from(practitioners)
      .where(eq(practitioners.id, input.practitionerId))
      .for('update');
    if (!found) return fail('That practitioner no longer exists.');
    await tx.delete(workingHours).where(eq(workingHours.practitionerId, found.id));
    if (input.hours.length) {
      await tx.insert(workingHours).values(
        input.hours.map((h) => ({
          practitionerId: found.id,
          weekday: h.weekday,
          startTime: h.start,
          endTime: h.end,
        })),
      );
    }
    await writeAudit(
      {
        actorStaffId: actor.id,
        action: 'practitioner.working_hours',
        entityType: 'practitioner',
        entityId: found.id,
        details: { intervals: input.hours.length },
      },
      tx,
    );
    return { ok: true as const, data: undefined };
  });
}

import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { loadPolicyAndService } from '@/db/queries/availability';
import { appointments, carePlans, carePlanVisits, patients } from '@/db/schema';
import type { Actor } from '@/lib/appointments/actor';
import { bookSeriesInTransaction } from '@/lib/appointments/book-series';
import { hashManageToken, newManageToken } from '@/lib/appointments/online/manage-token';
import { writeToDiaries } from '@/lib/appointments/writer/guarded-writer';
import type { SlotRejection } from '@/lib/availability';
import { clinicDate } from '@/lib/time/calendar';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { sealManageLink } from '@/lib/security/seal';
import { enqueueReminders } from '@/lib/email/outbox';
import type { ConfirmPlanInput } from '@/lib/validations/care-plans';
import { enqueueCarePlanMessage } from './email';
import { localInstant } from './rhythm';
import { planLinkExpiry } from './token';
import { fail } from '@/lib/actions/result';

export type CreatePlanOutcome =
  | { ok: true; planId: string; appointmentIds: string[] }
  /** Nothing was booked: these visits (by index in the request) need another time. */
  | { ok: false; conflicts: Array<{ index: number; start: Date; reason: SlotRejection }> }
  | { ok: false; formError: string };

/** Admins, and practitioners for their own diary, make care plans. */
export function mayMakePlan(staff: StaffPrincipal, practitionerId: string): boolean {
  return (
    staff.role === 'admin' ||
    (staff.role === 'practitioner' && staff.practitionerId === practitionerId)
  );
}

/**
 * Books the reviewed visits through the lifecycle's guarded writer in one transaction, all of
 * them or none (bookSeriesInTransaction), then writes the plan, links each visit with its own
 * manage link (only its hash on the appointment, the token sealed on the visit for My plan), the
 * audit row, the one confirmation e-mail and each visit's reminder. A taken time books nothing and is reported by index.
 */
export async function createCarePlan(
  staff: StaffPrincipal,
  input: ConfirmPlanInput,
  now = new Date(),
): Promise<CreatePlanOutcome> {
  if (!mayMakePlan(staff, input.practitionerId))
    return fail('You can make care plans for your own patients only.');
  const [{ policy, service }, [patient]] = await Promise.all([
    loadPolicyAndService(input.service),
    db
      .select({ id: patients.id, erasedAt: patients.erasedAt })
      .from(patients)
      .where(eq(patients.id, input.patientId)),
  ]);
  if (!service) return fail('That therapy is no longer offered.');
  if (!patient || patient.erasedAt) return fail('This patient record is gone.');
  const starts = input.visits.map((v) => localInstant(v.date, v.time, policy.timeZone));
  const actor: Actor = { kind: 'staff', staff };

  return writeToDiaries([input.practitionerId], async (tx) => {
    const booked = await bookSeriesInTransaction(tx, actor, {
      patientId: input.patientId,
      visits: starts.map((start) => ({ practitionerId: input.practitionerId, service, start })),
      policy,
      now,
      message: false,
    });
    if (!booked.ok)
      return {
        ok: false as const,
        conflicts: booked.conflicts.map((c) => ({ ...c, start: starts[c.index]! })),
      };
    const sorted = [...starts].sort((a, b) => a.getTime() - b.getTime());
    const startsOn = clinicDate(sorted[0]!, policy.timeZone);
    const endsOn = clinicDate(sorted.at(-1)!, policy.timeZone);
    const token = newManageToken();
    const [plan] = await tx
      .insert(carePlans)
      .values({
        patientId: input.patientId,
        practitionerId: input.practitionerId,
        serviceId: service.id,
        visitsPerWeek: input.perWeek,
        preferredWeekdays: input.weekdays,
        preferredTime: input.time,
        startsOn,
        endsOn,
        notes: input.notes,
        tokenHash: hashManageToken(token),
        tokenExpiresAt: planLinkExpiry(endsOn, policy.timeZone),
        createdByStaffId: staff.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: carePlans.id });
    const planId = plan!.id;
    const links = booked.appointmentIds.map((appointmentId) => ({
      appointmentId,
      token: newManageToken(),
    }));
    await Promise.all([
      ...links.map((l) =>
        tx
          .update(appointments)
          .set({ manageTokenHash: hashManageToken(l.token) })
          .where(eq(appointments.id, l.appointmentId)),
      ),
      tx.insert(carePlanVisits).values(
        links.map((l) => ({
          planId,
          appointmentId: l.appointmentId,
          manageTokenSealed: sealManageLink(l.token, l.appointmentId),
        })),
      ),
      writeAudit(
        {
          actorStaffId: staff.id,
          action: 'care_plan.create',
          entityType: 'care_plan',
          entityId: planId,
          details: {
            patientId: input.patientId,
            practitionerId: input.practitionerId,
            serviceId: service.id,
            visits: links.length,
          },
        },
        tx,
      ),
    ]);
    await enqueueCarePlanMessage(tx, planId, token, now);
    // Each visit still gets its own reminder, with its own manage link.
    await enqueueReminders(tx, booked.appointmentIds, now);
    return { ok: true as const, planId, appointmentIds: booked.appointmentIds };
  });
}

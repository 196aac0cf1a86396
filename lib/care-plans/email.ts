import 'server-only';
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Transaction } from '@/db';
import {
  appointments,
  carePlanExercises,
  carePlans,
  carePlanVisits,
  clinicSettings,
  outbox,
  patients,
  practitioners,
  services,
} from '@/db/schema';
import { buildIcs } from '@/lib/appointments/calendar-file';
import { assertRecipient } from '@/lib/email/address';
import { outboxSettings } from '@/lib/email/config';
import { appointmentUid } from '@/lib/email/ics';
import { sealPatientPathLink } from '@/lib/email/outbox-link';
import { renderCarePlanMessage } from '@/lib/email/templates/care-plan';
import { planPath } from './token';

/**
 * The plan's one confirmation, in the transaction that books it: every active visit listed, one
 * .ics with all of them (each the appointment's own UID and current SEQUENCE, the ones the
 * lifecycle's later invites use, so a move of one visit updates only that event) and the My plan
 * link, sealed to this outbox row. A patient without an e-mail address gets nothing.
 */
export async function enqueueCarePlanMessage(
  tx: Transaction,
  planId: string,
  token: string,
  now: Date,
): Promise<string | null> {
  const [plan] = await tx
    .select({
      patientId: carePlans.patientId,
      patientName: patients.name,
      patientEmail: patients.email,
      practitionerName: practitioners.name,
      serviceName: services.name,
      durationMinutes: services.durationMinutes,
    })
    .from(carePlans)
    .innerJoin(patients, eq(patients.id, carePlans.patientId))
    .innerJoin(practitioners, eq(practitioners.id, carePlans.practitionerId))
    .innerJoin(services, eq(services.id, carePlans.serviceId))
    .where(eq(carePlans.id, planId));
  if (!plan) throw new Error(`care plan ${planId} not found for its message`);
  if (!plan.patientEmail) return null;
  const [visits, [clinic], prescribed] = await Promise.all([
    tx
      .select({
        id: appointments.id,
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
        sequence: appointments.icsSequence,
      })
      .from(carePlanVisits)
      .innerJoin(appointments, eq(appointments.id, carePlanVisits.appointmentId))
      .where(eq(carePlanVisits.planId, planId))
      .orderBy(asc(appointments.startsAt)),
    tx.select().from(clinicSettings).where(eq(clinicSettings.id, 1)),
    tx
      .select({ id: carePlanExercises.id })
      .from(carePlanExercises)
      .where(eq(carePlanExercises.planId, planId)),
  ]);
  if (!clinic) throw new Error('clinic settings are missing: no sender for the care plan');
  const identity = {
    name: clinic.name,
    email: clinic.email,
    phone: clinic.phone,
    address: [
      clinic.addressLine1,
      clinic.addressLine2,
      clinic.city,
      `${clinic.region} ${clinic.postalCode}`,
    ]
      .filter(Boolean)
      .join(', '),
    timeZone: clinic.timeZone,
  };
  const rendered = renderCarePlanMessage({
    patientName: plan.patientName,
    practitionerName: plan.practitionerName,
    serviceName: plan.serviceName,
    durationMinutes: plan.durationMinutes,
    visits: visits.map((v) => ({ startsAt: v.startsAt })),
    exerciseCount: prescribed.length,
    clinic: identity,
  });
  const ics =
    visits.length > 0
      ? buildIcs(
          visits.map((v) => ({
            uid: appointmentUid(v.id, clinic.email),
            sequence: v.sequence,
            start: v.startsAt,
            end: v.endsAt,
            stamp: now,
            summary: `${plan.serviceName} with ${plan.practitionerName}`,
            location: `${identity.name}, ${identity.address}`,
            description: `${plan.serviceName} (${plan.durationMinutes} minutes), part of your care plan. To change one visit, use its link on your plan page or call ${clinic.phone}.`,
          })),
        )
      : null;
  const id = randomUUID();
  await tx.insert(outbox).values({
    id,
    kind: 'care_plan',
    patientId: plan.patientId,
    recipient: assertRecipient(plan.patientEmail),
    subject: rendered.subject.replace(/\p{Cc}+/gu, ' ').slice(0, 250),
    textBody: rendered.text,
    htmlBody: rendered.html,
    ics,
    manageTokenSealed: sealPatientPathLink(planPath(token), id),
    maxAttempts: outboxSettings().maxAttempts,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

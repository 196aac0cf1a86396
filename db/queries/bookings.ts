import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { appointments, clinicSettings, patients, practitioners, services } from '@/db/schema';

/**
 * One appointment with what any change to it needs (its service rule, practitioner, the clinic's
 * policy and phone) and what its patient may see: one query for the manage page, the API and
 * every writer in lib/appointments.
 */
export async function loadBookingRow(
  where: { appointmentId: string } | { manageTokenHash: string },
  executor: Executor = db,
) {
  const [row] = await executor
    .select({
      id: appointments.id,
      status: appointments.status,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      practitionerId: appointments.practitionerId,
      patientId: appointments.patientId,
      // The patient's own acknowledged warning signs, shown back to them with the advice.
      screeningFlags: appointments.screeningFlags,
      // The calendar SEQUENCE of the appointment's current state ("Add to calendar" uses it too).
      icsSequence: appointments.icsSequence,
      service: {
        id: services.id,
        slug: services.slug,
        name: services.name,
        durationMinutes: services.durationMinutes,
        bufferBeforeMinutes: services.bufferBeforeMinutes,
        bufferAfterMinutes: services.bufferAfterMinutes,
        requiresConsultation: services.requiresConsultation,
        priceCents: services.priceCents,
      },
      practitioner: { id: practitioners.id, name: practitioners.name, title: practitioners.title },
      // The name typed for this booking, read only to greet the patient by first name.
      patientName: sql<string>`coalesce(${appointments.patientName}, ${patients.name})`,
      clinic: {
        name: clinicSettings.name,
        phone: clinicSettings.phone,
        email: clinicSettings.email,
        addressLine1: clinicSettings.addressLine1,
        addressLine2: clinicSettings.addressLine2,
        city: clinicSettings.city,
        region: clinicSettings.region,
        postalCode: clinicSettings.postalCode,
      },
      policy: {
        timeZone: clinicSettings.timeZone,
        minNoticeMinutes: clinicSettings.minNoticeMinutes,
        bookingHorizonDays: clinicSettings.bookingHorizonDays,
        slotStepMinutes: clinicSettings.slotStepMinutes,
        cancellationCutoffHours: clinicSettings.cancellationCutoffHours,
      },
    })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(clinicSettings, eq(clinicSettings.id, 1))
    .where(
      'appointmentId' in where
        ? eq(appointments.id, where.appointmentId)
        : eq(appointments.manageTokenHash, where.manageTokenHash),
    )
    .limit(1);
  return row ?? null;
}

export type BookingRow = NonNullable<Awaited<ReturnType<typeof loadBookingRow>>>;

/**
 * The one lock of an appointment row: held for the rest of the transaction, and the row's current
 * state returned, so a change is decided on what is there now, not on what a page showed a minute
 * ago, and two people changing it at once are served one after the other.
 */
export async function lockAppointmentRow(executor: Executor, appointmentId: string) {
  const [row] = await executor
    .select({
      id: appointments.id,
      status: appointments.status,
      practitionerId: appointments.practitionerId,
      patientId: appointments.patientId,
      serviceId: appointments.serviceId,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
    })
    .from(appointments)
    .where(eq(appointments.id, appointmentId))
    .for('update');
  return row ?? null;
}

import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { appointments, clinicSettings, patients, practitioners, services } from '@/db/schema';

/** One booking with what its patient may see, plus the clinic policy that governs changes. */
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
      // The name is read only to greet the patient by first name; nothing else of theirs leaves.
      patientName: patients.name,
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
 * Locks one appointment row for the rest of the transaction and returns its current state, so a
 * change is decided on what is there now, not on what a page showed a minute ago.
 */
export async function lockAppointment(executor: Executor, appointmentId: string) {
  const [row] = await executor
    .select({ id: appointments.id, status: appointments.status, startsAt: appointments.startsAt })
    .from(appointments)
    .where(eq(appointments.id, appointmentId))
    .for('update');
  return row ?? null;
}

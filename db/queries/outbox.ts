import 'server-only';
import { and, desc, eq, ilike, isNotNull, sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import {
  appointments,
  carePlanVisits,
  clinicSettings,
  outbox,
  patients,
  practitioners,
  services,
  type OutboxStatus,
} from '@/db/schema';

/** What the messages about one appointment need, read inside the transaction that changes it. */
export async function loadAppointmentForMessages(executor: Executor, appointmentId: string) {
  const [row] = await executor
    .select({
      id: appointments.id,
      status: appointments.status,
      source: appointments.source,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      patientNotes: appointments.patientNotes,
      manageTokenHash: appointments.manageTokenHash,
      screeningFlags: appointments.screeningFlags,
      patientId: patients.id,
      // The name typed for this booking: a parent booking for a child greets the child's record.
      patientName: sql<string>`coalesce(${appointments.patientName}, ${patients.name})`,
      patientEmail: patients.email,
      serviceName: services.name,
      durationMinutes: services.durationMinutes,
      practitionerName: practitioners.name,
      clinic: {
        name: clinicSettings.name,
        email: clinicSettings.email,
        phone: clinicSettings.phone,
        addressLine1: clinicSettings.addressLine1,
        addressLine2: clinicSettings.addressLine2,
        city: clinicSettings.city,
        region: clinicSettings.region,
        postalCode: clinicSettings.postalCode,
        timeZone: clinicSettings.timeZone,
        cancellationCutoffHours: clinicSettings.cancellationCutoffHours,
      },
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(practitioners, eq(practitioners.id, appointments.practitionerId))
    .innerJoin(clinicSettings, eq(clinicSettings.id, 1))
    .where(eq(appointments.id, appointmentId))
    .limit(1);
  return row ?? null;
}

export type AppointmentForMessages = NonNullable<
  Awaited<ReturnType<typeof loadAppointmentForMessages>>
>;

/** The sealed manage link an earlier message of this appointment carried, if any. */
export async function findSealedManageLink(
  executor: Executor,
  appointmentId: string,
): Promise<string | null> {
  const [row] = await executor
    .select({ sealed: outbox.manageTokenSealed })
    .from(outbox)
    .where(and(eq(outbox.appointmentId, appointmentId), isNotNull(outbox.manageTokenSealed)))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  if (row?.sealed) return row.sealed;
  // A care plan's visit: its manage link went out in the plan's one e-mail, sealed on the visit.
  const [visit] = await executor
    .select({ sealed: carePlanVisits.manageTokenSealed })
    .from(carePlanVisits)
    .where(eq(carePlanVisits.appointmentId, appointmentId));
  return visit?.sealed ?? null;
}

export const OUTBOX_PAGE_SIZE = 25;
export const OUTBOX_FILTERS = ['all', 'pending', 'sending', 'sent', 'dead', 'void'] as const;
export type OutboxFilter = (typeof OUTBOX_FILTERS)[number];

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The dashboard's Outbox: newest first, optionally one status and part of a recipient address;
 * counts per status (for the same recipient search) for the tabs.
 */
export async function listOutbox(options: {
  status: OutboxFilter;
  page: number;
  recipient?: string;
}) {
  const offset = (Math.max(1, options.page) - 1) * OUTBOX_PAGE_SIZE;
  const search = options.recipient?.trim()
    ? ilike(outbox.recipient, `%${escapeLike(options.recipient.trim())}%`)
    : undefined;
  const where = and(
    search,
    options.status === 'all' ? undefined : eq(outbox.status, options.status),
  );
  const [rows, counts] = await Promise.all([
    db
      .select({
        id: outbox.id,
        kind: outbox.kind,
        appointmentId: outbox.appointmentId,
        recipient: outbox.recipient,
        subject: outbox.subject,
        textBody: outbox.textBody,
        ics: outbox.ics,
        manageTokenSealed: outbox.manageTokenSealed,
        status: outbox.status,
        attempts: outbox.attempts,
        maxAttempts: outbox.maxAttempts,
        nextAttemptAt: outbox.nextAttemptAt,
        lastError: outbox.lastError,
        transport: outbox.transport,
        sentAt: outbox.sentAt,
        createdAt: outbox.createdAt,
      })
      .from(outbox)
      .where(where)
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(OUTBOX_PAGE_SIZE)
      .offset(offset),
    db
      .select({ status: outbox.status, n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(search)
      .groupBy(outbox.status),
  ]);
  const byStatus = Object.fromEntries(counts.map((c) => [c.status, c.n])) as Partial<
    Record<OutboxStatus, number>
  >;
  const all = counts.reduce((sum, c) => sum + c.n, 0);
  const total = options.status === 'all' ? all : (byStatus[options.status] ?? 0);
  return { rows, total, byStatus, all, pageSize: OUTBOX_PAGE_SIZE };
}

export type OutboxListRow = Awaited<ReturnType<typeof listOutbox>>['rows'][number];

/** Who messages come from: the clinic's name, and its address unless EMAIL_FROM overrides it. */
export async function loadSender() {
  const [row] = await db
    .select({ name: clinicSettings.name, email: clinicSettings.email })
    .from(clinicSettings)
    .where(eq(clinicSettings.id, 1))
    .limit(1);
  return row ?? null;
}

/**
 * A patient's messages about one appointment go out in the order of the changes that caused them
 * (appointment_seq): one may be claimed only while no confirmation, reschedule or cancellation of
 * the same or an earlier change is still waiting or being sent. Written out by hand because it
 * refers to the row being claimed; the clinic's own notices are not held back.
 */
export function notBehindEarlierMessage(): SQL {
  // Columns of the row being claimed are written out in full: in a RETURNING or select list
  // drizzle would leave them unqualified, and inside the sub-select they would mean `earlier`.
  return sql`("outbox"."kind" not in ('confirmation', 'reschedule', 'cancellation', 'reminder') or "outbox"."appointment_id" is null or not exists (
    select 1 from outbox earlier
    where earlier.appointment_id = "outbox"."appointment_id"
      and earlier.id <> "outbox"."id"
      and earlier.kind in ('confirmation', 'reschedule', 'cancellation')
      and earlier.status in ('pending', 'sending')
      and earlier.appointment_seq <= "outbox"."appointment_seq"))`;
}

/**
 * Whether a newer change to the same appointment has written its patient a message: then this
 * confirmation, move or cancellation no longer tells the truth. Evaluated in the claim itself (and
 * in the update after a failed attempt), so delivery needs no read of its own before sending.
 */
export function supersededByNewerChange(): SQL {
  return sql`("outbox"."kind" in ('confirmation', 'reschedule', 'cancellation') and exists (
    select 1 from outbox newer
    where newer.appointment_id = "outbox"."appointment_id"
      and newer.kind in ('confirmation', 'reschedule', 'cancellation')
      and newer.appointment_seq > "outbox"."appointment_seq"))`;
}

/** An appointment's current state, to decide whether its reminder still applies. */
export async function loadAppointmentState(appointmentId: string) {
  const [row] = await db
    .select({ status: appointments.status, startsAt: appointments.startsAt })
    .from(appointments)
    .where(eq(appointments.id, appointmentId))
    .limit(1);
  return row ?? null;
}

import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '@/db';
import {
  findSealedManageLink,
  loadAppointmentForMessages,
  type AppointmentForMessages,
} from '@/db/queries/outbox';
import { appointments, outbox, type NewOutboxMessage, type OutboxKind } from '@/db/schema';
import { hashManageToken, newManageToken } from '@/lib/booking/tokens';
import { absoluteUrl } from '@/lib/content/site-url';
import { logger } from '@/lib/logger';
import { assertRecipient, safeRecipient } from './address';
import { outboxSettings } from './config';
import { appointmentUid, buildInvite } from './ics';
import { sealManageLink } from './manage-link';
import {
  renderClinicNotice,
  renderPatientMessage,
  type AppointmentFacts,
} from './templates/appointment';
import type { RenderedMessage } from './templates/layout';

export interface AppointmentMessageEvent {
  kind: 'confirmation' | 'reschedule' | 'cancellation';
  appointmentId: string;
  /** The plain manage token when the caller has it (a booking, a change through the manage link). */
  manageToken?: string;
  /** Who cancelled: only changes the wording. */
  by?: 'patient' | 'clinic';
  /** The clock of the change; tests pass theirs. */
  now?: Date;
}

const ACTIVE = new Set(['booked', 'confirmed']);

/**
 * Writes the messages a change to an appointment causes, inside that change's transaction: the
 * patient's confirmation, reschedule or cancellation (with its calendar invite), the reminder (made,
 * moved or voided) and, for an online booking, the clinic's notice. Throws (rolling the change
 * back) only when the messages cannot be written at all, e.g. a recipient address that is unsafe.
 */
export async function enqueueAppointmentMessages(
  tx: Transaction,
  event: AppointmentMessageEvent,
): Promise<string[]> {
  const now = event.now ?? new Date();
  const settings = outboxSettings();
  // One round trip for both: this runs while the practitioner's diary lock is held.
  const [a, sequence] = await Promise.all([
    loadAppointmentForMessages(tx, event.appointmentId),
    raiseIcsSequence(tx, event.appointmentId, now),
  ]);
  if (!a) throw new Error(`appointment ${event.appointmentId} not found for its messages`);
  const recipient = assertRecipient(a.patientEmail);
  const sealed = await manageLinkFor(tx, a, event);
  const facts = factsOf(a);
  const base = {
    appointmentId: a.id,
    patientId: a.patientId,
    maxAttempts: settings.maxAttempts,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  };

  // The old reminder is about a time that no longer holds: void it in this same transaction.
  if (event.kind !== 'confirmation')
    await voidPendingReminders(
      tx,
      a.id,
      `appointment ${event.kind === 'cancellation' ? 'cancelled' : 'moved'}`,
      now,
    );

  const rows: NewOutboxMessage[] = [];
  const patientMessage = renderPatientMessage(event.kind, facts, {
    hasManageLink: sealed !== null && event.kind !== 'cancellation',
    cancelledBy: event.by ?? 'clinic',
    bookUrl: absoluteUrl('/book'),
  });
  rows.push({
    ...base,
    ...message(event.kind, recipient, patientMessage),
    ics: invite(a, event.kind === 'cancellation' ? 'CANCEL' : 'REQUEST', sequence, recipient, now),
    manageTokenSealed: event.kind === 'cancellation' ? null : sealed,
  });

  const remindAt = new Date(a.startsAt.getTime() - settings.reminderLeadHours * 3_600_000);
  if (
    event.kind !== 'cancellation' &&
    ACTIVE.has(a.status) &&
    settings.reminderLeadHours > 0 &&
    remindAt > now
  ) {
    const reminder = renderPatientMessage('reminder', facts, {
      hasManageLink: sealed !== null,
      bookUrl: absoluteUrl('/book'),
      reminderLeadHours: settings.reminderLeadHours,
    });
    rows.push({
      ...base,
      ...message('reminder', recipient, reminder),
      manageTokenSealed: sealed,
      remindFor: a.startsAt,
      nextAttemptAt: remindAt,
    });
  }

  if (event.kind === 'confirmation' && a.source === 'online') {
    const clinicAddress = safeRecipient(a.clinic.email);
    if (clinicAddress) {
      const notice = renderClinicNotice(facts, absoluteUrl(`/dashboard/appointments/${a.id}`));
      rows.push({ ...base, ...message('clinic_new_booking', clinicAddress, notice) });
    } else {
      logger.error('clinic e-mail address is not usable; new-booking notice skipped', {
        appointmentId: a.id,
      });
    }
  }

  const inserted = await tx.insert(outbox).values(rows).returning({ id: outbox.id });
  return inserted.map((r) => r.id);
}

/** Removes every message to or about a patient (erasure); cascades do the same when rows go. */
export async function eraseOutboxForPatient(
  executor: Executor,
  patientId: string,
): Promise<number> {
  const deleted = await executor
    .delete(outbox)
    .where(eq(outbox.patientId, patientId))
    .returning({ id: outbox.id });
  return deleted.length;
}

function message(kind: OutboxKind, recipient: string, m: RenderedMessage) {
  // A subject is a header: no control character may reach it, whatever a name contains.
  const subject = m.subject.replace(/\p{Cc}+/gu, ' ').slice(0, 250);
  return { kind, recipient, subject, textBody: m.text, htmlBody: m.html };
}

async function voidPendingReminders(
  tx: Transaction,
  appointmentId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await tx
    .update(outbox)
    .set({ status: 'void', lastError: reason, updatedAt: now })
    .where(
      and(
        eq(outbox.appointmentId, appointmentId),
        eq(outbox.kind, 'reminder'),
        eq(outbox.status, 'pending'),
      ),
    );
}

/**
 * SEQUENCE rises with every change. It is at least the change's Unix time in seconds, so it also
 * stays above the SEQUENCE of any "Add to calendar" download made before the change (that route
 * uses the download time in seconds).
 */
async function raiseIcsSequence(
  tx: Transaction,
  appointmentId: string,
  now: Date,
): Promise<number> {
  const seconds = Math.floor(now.getTime() / 1000);
  const [row] = await tx
    .update(appointments)
    .set({ icsSequence: sql`greatest(${appointments.icsSequence} + 1, ${seconds}::integer)` })
    .where(eq(appointments.id, appointmentId))
    .returning({ sequence: appointments.icsSequence });
  if (!row) throw new Error(`appointment ${appointmentId} vanished while writing its messages`);
  return row.sequence;
}

/**
 * The sealed manage link for this appointment's messages: from the caller's token, else the one an
 * earlier message carried. A staff booking has no token yet, so its confirmation mints one (the
 * patient gets the same self-service link as an online booking); only its hash is stored.
 */
async function manageLinkFor(
  tx: Transaction,
  a: AppointmentForMessages,
  event: AppointmentMessageEvent,
): Promise<string | null> {
  if (event.manageToken) {
    if (a.manageTokenHash !== hashManageToken(event.manageToken)) {
      throw new Error(`manage token does not belong to appointment ${a.id}`);
    }
    return sealManageLink(event.manageToken, a.id);
  }
  const earlier = await findSealedManageLink(tx, a.id);
  if (earlier) return earlier;
  if (event.kind === 'confirmation' && a.manageTokenHash === null) {
    const token = newManageToken();
    await tx
      .update(appointments)
      .set({ manageTokenHash: hashManageToken(token) })
      .where(eq(appointments.id, a.id));
    return sealManageLink(token, a.id);
  }
  return null;
}

function clinicAddressLine(c: AppointmentForMessages['clinic']): string {
  return [c.addressLine1, c.addressLine2, c.city, `${c.region} ${c.postalCode}`]
    .filter(Boolean)
    .join(', ');
}

function factsOf(a: AppointmentForMessages): AppointmentFacts {
  return {
    appointmentId: a.id,
    patientName: a.patientName,
    patientNotes: a.patientNotes,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    serviceName: a.serviceName,
    durationMinutes: a.durationMinutes,
    practitionerName: a.practitionerName,
    cancellationCutoffHours: a.clinic.cancellationCutoffHours,
    clinic: {
      name: a.clinic.name,
      email: a.clinic.email,
      phone: a.clinic.phone,
      address: clinicAddressLine(a.clinic),
      timeZone: a.clinic.timeZone,
    },
  };
}

function invite(
  a: AppointmentForMessages,
  method: 'REQUEST' | 'CANCEL',
  sequence: number,
  attendee: string,
  now: Date,
): string | null {
  const organizer = safeRecipient(a.clinic.email);
  if (!organizer) return null; // logged with the clinic notice; the message still goes out
  return buildInvite({
    method,
    uid: appointmentUid(a.id, a.clinic.email),
    sequence,
    start: a.startsAt,
    end: a.endsAt,
    stamp: now,
    summary: `${a.serviceName} with ${a.practitionerName}`,
    location: `${a.clinic.name}, ${clinicAddressLine(a.clinic)}`,
    description: `${a.serviceName} (${a.durationMinutes} minutes) with ${a.practitionerName} at ${a.clinic.name}. To change or cancel, use the link in your e-mail or call ${a.clinic.phone}.`,
    organizer: { name: a.clinic.name, email: organizer },
    attendeeEmail: attendee,
  });
}

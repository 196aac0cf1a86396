import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '@/db';
import {
  findSealedManageLink,
  loadAppointmentForMessages,
  type AppointmentForMessages,
} from '@/db/queries/outbox';
import { appointments, outbox, type NewOutboxMessage, type OutboxKind } from '@/db/schema';
import { hashManageToken, newManageToken } from '@/lib/appointments/online/manage-token';
import { siteUrl } from '@/lib/env';
import { logger } from '@/lib/logger';
import { assertRecipient, safeRecipient } from './address';
import { outboxSettings } from './config';
import { appointmentUid, buildInvite } from './ics';
import { sealManageLink } from '@/lib/security/seal';
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

/** The patient's own messages about one appointment: delivered in order, newest one true. */
export const PATIENT_CHANGE_KINDS = ['confirmation', 'reschedule', 'cancellation'] as const;
export const SUPERSEDED = 'superseded by a newer change to the appointment';

/**
 * Writes the messages a change to an appointment causes, inside that change's transaction: the
 * patient's confirmation, reschedule or cancellation (with its calendar invite), the reminder (made,
 * moved or voided) and, for an online booking, the clinic's notice. Throws (rolling the change
 * back) only when the messages cannot be written at all, e.g. a recipient address that is unsafe.
 *
 * Order and truth: each row carries the appointment's change sequence (its calendar SEQUENCE, which
 * only rises), and the worker sends one appointment's messages in that order (delivery.ts). A
 * message still unsent when this change commits is superseded here: it described a state that is
 * gone, so the patient's newest e-mail always matches the appointment. A confirmation that never
 * went out is replaced by this change's message, written as a confirmation of the new time.
 * A patient without an e-mail address (booked by phone) gets no messages at all.
 */
export async function enqueueAppointmentMessages(
  tx: Transaction,
  event: AppointmentMessageEvent,
): Promise<string[]> {
  const now = event.now ?? new Date();
  const settings = outboxSettings();
  const supersedes = event.kind !== 'confirmation';
  // One round trip for all three: this runs while the practitioner's diary lock may be held.
  const [a, sequence, superseded] = await Promise.all([
    loadAppointmentForMessages(tx, event.appointmentId),
    raiseIcsSequence(tx, event.appointmentId),
    supersedes ? supersedeUnsent(tx, event, now) : Promise.resolve([]),
  ]);
  if (!a) throw new Error(`appointment ${event.appointmentId} not found for its messages`);
  if (a.patientEmail === null) return [];
  const recipient = assertRecipient(a.patientEmail);
  const sealed = await manageLinkFor(tx, a, event);
  const facts = factsOf(a);
  const kind: AppointmentMessageEvent['kind'] =
    event.kind === 'reschedule' && superseded.includes('confirmation')
      ? 'confirmation'
      : event.kind;
  const base = {
    appointmentId: a.id,
    patientId: a.patientId,
    appointmentSeq: sequence,
    maxAttempts: settings.maxAttempts,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  };

  const rows: NewOutboxMessage[] = [];
  const patientMessage = renderPatientMessage(kind, facts, {
    hasManageLink: sealed !== null && kind !== 'cancellation',
    cancelledBy: event.by ?? 'clinic',
    bookUrl: siteUrl('/book').href,
  });
  rows.push({
    ...base,
    ...message(kind, recipient, patientMessage),
    ics: invite(a, kind === 'cancellation' ? 'CANCEL' : 'REQUEST', sequence, recipient, now),
    manageTokenSealed: kind === 'cancellation' ? null : sealed,
  });

  const remindAt = new Date(a.startsAt.getTime() - settings.reminderLeadHours * 3_600_000);
  if (
    kind !== 'cancellation' &&
    ACTIVE.has(a.status) &&
    settings.reminderLeadHours > 0 &&
    remindAt > now
  ) {
    const reminder = renderPatientMessage('reminder', facts, {
      hasManageLink: sealed !== null,
      bookUrl: siteUrl('/book').href,
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
      const notice = renderClinicNotice(facts, siteUrl(`/dashboard/appointments/${a.id}`).href);
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

/**
 * Reminders alone, for visits booked without their own confirmation (a care plan's one e-mail
 * confirms them all): the same reminder a confirmation would have queued, with the visit's manage
 * link, at its change sequence (a later move or cancellation supersedes it as usual).
 */
export async function enqueueReminders(
  tx: Transaction,
  appointmentIds: readonly string[],
  now: Date,
): Promise<number> {
  const settings = outboxSettings();
  if (settings.reminderLeadHours <= 0) return 0;
  const rows: NewOutboxMessage[] = [];
  for (const appointmentId of appointmentIds) {
    const [a, [seq], sealed] = await Promise.all([
      loadAppointmentForMessages(tx, appointmentId),
      tx
        .select({ value: appointments.icsSequence })
        .from(appointments)
        .where(eq(appointments.id, appointmentId)),
      findSealedManageLink(tx, appointmentId),
    ]);
    if (!a || a.patientEmail === null || !ACTIVE.has(a.status)) continue;
    const remindAt = new Date(a.startsAt.getTime() - settings.reminderLeadHours * 3_600_000);
    if (remindAt <= now) continue;
    const reminder = renderPatientMessage('reminder', factsOf(a), {
      hasManageLink: sealed !== null,
      bookUrl: siteUrl('/book').href,
      reminderLeadHours: settings.reminderLeadHours,
    });
    rows.push({
      appointmentId: a.id,
      patientId: a.patientId,
      appointmentSeq: seq?.value ?? 0,
      maxAttempts: settings.maxAttempts,
      createdAt: now,
      updatedAt: now,
      ...message('reminder', assertRecipient(a.patientEmail), reminder),
      manageTokenSealed: sealed,
      remindFor: a.startsAt,
      nextAttemptAt: remindAt,
    });
  }
  if (rows.length > 0) await tx.insert(outbox).values(rows);
  return rows.length;
}

/**
 * Voids this appointment's messages that are still waiting and no longer tell the truth: the old
 * reminder (about a time that no longer holds), unsent confirmations, moves and cancellations,
 * and on a cancellation the clinic's unsent notice of the booking. Messages already being sent
 * are left alone; the worker holds this change's message back until they are done.
 */
async function supersedeUnsent(
  tx: Transaction,
  event: AppointmentMessageEvent,
  now: Date,
): Promise<OutboxKind[]> {
  const reminderReason = `appointment ${event.kind === 'cancellation' ? 'cancelled' : 'moved'}`;
  const kinds: OutboxKind[] = [
    ...PATIENT_CHANGE_KINDS,
    'reminder',
    ...(event.kind === 'cancellation' ? (['clinic_new_booking'] as const) : []),
  ];
  const voided = await tx
    .update(outbox)
    .set({
      status: 'void',
      lastError: sql`case when ${outbox.kind} = 'reminder' then ${reminderReason}::text else ${SUPERSEDED}::text end`,
      updatedAt: now,
    })
    .where(
      and(
        eq(outbox.appointmentId, event.appointmentId),
        eq(outbox.status, 'pending'),
        inArray(outbox.kind, kinds),
      ),
    )
    .returning({ kind: outbox.kind });
  return voided.map((v) => v.kind);
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

/**
 * SEQUENCE rises by one with every change: a counter, so it stays a 32-bit integer (RFC 5545)
 * whatever the date. Rows from before migration 0018 held Unix seconds; that migration lifted every
 * appointment above any SEQUENCE handed out before (e-mails and "Add to calendar" downloads), so
 * counting on from there still replaces every earlier copy of the event.
 */
async function raiseIcsSequence(tx: Transaction, appointmentId: string): Promise<number> {
  const [row] = await tx
    .update(appointments)
    .set({ icsSequence: sql`${appointments.icsSequence} + 1` })
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
    screeningFlags: a.screeningFlags,
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

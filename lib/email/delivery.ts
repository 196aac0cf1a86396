import 'server-only';
import { and, eq, getTableColumns, inArray, lt, lte, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { db } from '@/db';
import { sqlState } from '@/db/client';
import {
  loadAppointmentState,
  loadSender,
  notBehindEarlierMessage,
  supersededByNewerChange,
} from '@/db/queries/outbox';
import { outbox, type OutboxMessage } from '@/db/schema';
import { logger } from '@/lib/logger';
import { safeRecipient } from './address';
import { outboxSettings, retryDelaySeconds, type OutboxSettings } from './config';
import { fillManageLink } from './manage-link';
import { SUPERSEDED } from './outbox';
import { openOutboxLink } from './outbox-link';
import { PermanentDeliveryError, type OutgoingMessage, type Transport } from './transport';
import { env } from '@/lib/env';

/**
 * Delivery, the same for the pg-boss worker and the in-process poller. At most once is enforced
 * here, in the outbox table, whatever the queue does: a message is sent only by the worker whose
 * conditional UPDATE moved it from pending to sending, and a claim that lapses while sending (the
 * worker died mid-send, so the message may or may not have gone) is dead-lettered for a person to
 * look at, never sent again on its own. One appointment's messages to its patient go out in the
 * order of the changes that caused them (notBehindEarlierMessage), and one that a newer change
 * made untrue is voided instead of sent.
 */
export type Clock = () => Date;
export type DeliveryOutcome = 'sent' | 'retry' | 'dead' | 'void' | 'lost';

const LOST_MESSAGE =
  'The worker stopped while sending, so it is unknown whether this message went out. Check with the recipient before retrying.';

/** A claimed message, and whether a newer change to its appointment has already superseded it. */
export type ClaimedMessage = OutboxMessage & { superseded: boolean };

const claimedColumns = {
  ...getTableColumns(outbox),
  superseded: sql<boolean>`${supersededByNewerChange()}`.mapWith(Boolean),
};

function claimSet(now: Date, settings: OutboxSettings) {
  return {
    status: 'sending' as const,
    attempts: sql`${outbox.attempts} + 1`,
    lockedUntil: new Date(now.getTime() + settings.leaseSeconds * 1000),
    updatedAt: now,
  };
}

/** Claims up to `limit` due messages; concurrent claimers skip each other's rows (SKIP LOCKED). */
export async function claimDue(
  now: Date,
  limit: number,
  settings = outboxSettings(),
): Promise<ClaimedMessage[]> {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now), notBehindEarlierMessage()),
    )
    .orderBy(outbox.nextAttemptAt, outbox.appointmentSeq)
    .limit(limit)
    .for('update', { skipLocked: true });
  // The status test is repeated outside the sub-select: under READ COMMITTED a row another worker
  // claimed meanwhile is re-checked against it and left alone.
  return db
    .update(outbox)
    .set(claimSet(now, settings))
    .where(and(inArray(outbox.id, due), eq(outbox.status, 'pending')))
    .returning(claimedColumns);
}

/** Claims one message if it is still pending and due; null when someone else has it or it is done. */
export async function claimById(
  id: string,
  now: Date,
  settings = outboxSettings(),
): Promise<ClaimedMessage | null> {
  const [row] = await db
    .update(outbox)
    .set(claimSet(now, settings))
    .where(
      and(
        eq(outbox.id, id),
        eq(outbox.status, 'pending'),
        lte(outbox.nextAttemptAt, now),
        notBehindEarlierMessage(),
      ),
    )
    .returning(claimedColumns);
  return row ?? null;
}

/** Claims whose lease ran out: dead-lettered (outcome unknown), not retried. */
export async function recoverLapsedClaims(now: Date): Promise<number> {
  const lapsed = await db
    .update(outbox)
    .set({
      status: 'dead',
      lockedUntil: null,
      queuedAt: null,
      lastError: LOST_MESSAGE,
      updatedAt: now,
    })
    .where(and(eq(outbox.status, 'sending'), lt(outbox.lockedUntil, now)))
    .returning({ id: outbox.id });
  for (const row of lapsed)
    logger.error('outbox claim lapsed while sending; dead-lettered', { outboxId: row.id });
  return lapsed.length;
}

/**
 * Why a claimed message no longer tells the truth, or null: a confirmation, move or cancellation a
 * newer change superseded (known from the claim), or a reminder of a cancelled, moved or begun visit.
 */
async function staleMessage(row: ClaimedMessage, now: Date): Promise<string | null> {
  if (row.superseded) return SUPERSEDED;
  if (row.kind !== 'reminder' || !row.appointmentId || !row.remindFor) return null;
  const current = await loadAppointmentState(row.appointmentId);
  if (!current || (current.status !== 'booked' && current.status !== 'confirmed'))
    return 'appointment no longer active';
  if (current.startsAt.getTime() !== row.remindFor.getTime()) return 'appointment moved';
  if (current.startsAt <= now) return 'appointment already started';
  return null;
}

async function finish(
  row: OutboxMessage,
  set: PgUpdateSetSource<typeof outbox>,
  outcome: DeliveryOutcome,
): Promise<DeliveryOutcome> {
  const [updated] = await db
    .update(outbox)
    .set({ lockedUntil: null, ...set })
    .where(and(eq(outbox.id, row.id), eq(outbox.status, 'sending')))
    .returning({ id: outbox.id, status: outbox.status });
  if (!updated) {
    // Erased meanwhile, or the lease lapsed and it was dead-lettered: nothing more to do here.
    logger.warn('outbox message changed while being sent', { outboxId: row.id, outcome });
    return 'lost';
  }
  return updated.status === 'void' ? 'void' : outcome;
}

function errorText(error: unknown): string {
  // A database error's message holds the query and its parameters: not for the Outbox page.
  const code = sqlState(error);
  if (code || (error instanceof Error && error.message.startsWith('Failed query')))
    return `Database error${code ? ` ${code}` : ''}: the message was not sent.`;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 500);
}

function errorCode(error: unknown): string | number | undefined {
  if (typeof error !== 'object' || !error) return undefined;
  const e = error as { responseCode?: number; code?: string };
  return e.responseCode ?? e.code;
}

/** The message as it goes out: manage link filled in, addresses checked again, sender loaded. */
async function prepare(
  row: OutboxMessage,
  sender: Awaited<ReturnType<typeof loadSender>>,
): Promise<OutgoingMessage> {
  let parts = { text: row.textBody, html: row.htmlBody };
  if (row.manageTokenSealed) {
    const url = openOutboxLink(row);
    if (!url) {
      throw new PermanentDeliveryError(
        'The manage link cannot be opened: was AUTH_SECRET changed?',
      );
    }
    parts = fillManageLink(parts, url);
  }
  const to = safeRecipient(row.recipient);
  if (!to)
    throw new PermanentDeliveryError('Refused recipient: not exactly one plain e-mail address.');
  if (!sender) throw new Error('Clinic settings are missing: no sender address.');
  const from = safeRecipient(env().EMAIL_FROM ?? sender.email);
  if (!from) {
    throw new PermanentDeliveryError(
      'The sender address (EMAIL_FROM or the clinic e-mail) is not usable.',
    );
  }
  return {
    id: row.id,
    from: { name: sender.name, address: from },
    replyTo: safeRecipient(sender.email) ?? from,
    to,
    subject: row.subject,
    text: parts.text,
    html: parts.html,
    invite: row.ics
      ? {
          method:
            row.kind === 'cancellation'
              ? 'CANCEL'
              : row.kind === 'care_plan'
                ? 'PUBLISH'
                : 'REQUEST',
          content: row.ics,
        }
      : null,
  };
}

/**
 * Nothing went out: back to pending after the back-off, or dead after the last attempt; void
 * instead when a newer change to the appointment came meanwhile (decided in the same update, so
 * the newer message does not wait behind a retry of one that no longer tells the truth).
 */
async function recordFailure(
  row: OutboxMessage,
  error: unknown,
  clock: Clock,
  settings: OutboxSettings,
): Promise<DeliveryOutcome> {
  const now = clock();
  const dead = error instanceof PermanentDeliveryError || row.attempts >= row.maxAttempts;
  logger.warn('outbox delivery failed', {
    outboxId: row.id,
    kind: row.kind,
    attempts: row.attempts,
    code: errorCode(error),
    dead,
  });
  if (dead) {
    return finish(
      row,
      { status: 'dead', lastError: errorText(error), queuedAt: null, updatedAt: now },
      'dead',
    );
  }
  const next = new Date(now.getTime() + retryDelaySeconds(row.attempts, settings) * 1000);
  const superseded = supersededByNewerChange();
  return finish(
    row,
    {
      status: sql`case when ${superseded} then 'void'::outbox_status else 'pending'::outbox_status end`,
      nextAttemptAt: next,
      queuedAt: null,
      lastError: sql`case when ${superseded} then ${SUPERSEDED}::text else ${errorText(error)}::text end`,
      updatedAt: now,
    },
    'retry',
  );
}

/**
 * Sends one claimed message and records the outcome: sent, a retry after back-off, dead or void.
 * Only failures before or during the hand-over to the transport can lead to a retry; once the
 * transport has accepted the message it is never made pending again, whatever happens next.
 */
export async function deliverClaimed(
  row: ClaimedMessage,
  transport: Transport,
  clock: Clock,
  settings = outboxSettings(),
): Promise<DeliveryOutcome> {
  let message: OutgoingMessage;
  let info: { messageId: string };
  try {
    // One step of reads before the send, as ever: supersession came with the claim.
    const [stale, sender] = await Promise.all([staleMessage(row, clock()), loadSender()]);
    if (stale)
      return await finish(row, { status: 'void', lastError: stale, updatedAt: clock() }, 'void');
    message = await prepare(row, sender);
    info = await transport.send(message);
  } catch (error) {
    return recordFailure(row, error, clock, settings);
  }
  logger.info('outbox message sent', {
    outboxId: row.id,
    kind: row.kind,
    transport: transport.name,
    attempts: row.attempts,
  });
  const sent = {
    status: 'sent' as const,
    transport: transport.name,
    providerMessageId: info.messageId,
    lastError: null,
  };
  // A database blip here must not lose the fact that it went out: try a few times. If it still
  // fails, the claim lapses and the message is dead-lettered as "unknown", never sent twice.
  for (let attempt = 1; ; attempt++) {
    try {
      const now = clock();
      return await finish(row, { ...sent, sentAt: now, updatedAt: now }, 'sent');
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

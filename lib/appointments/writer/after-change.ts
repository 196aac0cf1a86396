import 'server-only';
import type { Transaction } from '@/db';
import type { AppointmentStatus } from '@/db/schema';
import { writeAudit, type AuditDetails } from '@/lib/audit';
import { enqueueAppointmentMessages } from '@/lib/email/outbox';
import { waitlistAfterChange } from '@/lib/waitlist/listener';
import { auditActorOf, type Actor } from '../actor';
import type { Change } from '../status-table';

/** An appointment as a change leaves it (or found it). */
export interface AppointmentState {
  id: string;
  practitionerId: string;
  serviceId: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
}

/** Diary time a change gave back: what a waitlist could offer to someone else. */
export interface FreedTime {
  practitionerId: string;
  serviceId: string;
  start: Date;
  end: Date;
}

export interface AppointmentChange {
  change: Change | 'book';
  actor: Actor;
  /** Null for a new booking. */
  before: AppointmentState | null;
  after: AppointmentState;
  /** What the patient hears about it; status changes and erasure send nothing. */
  message?: {
    kind: 'confirmation' | 'reschedule' | 'cancellation';
    /** The plain manage token when the writer has it (a new online booking). */
    manageToken?: string;
  };
  /** More ids and codes for the audit row (never names, contact details or free text). */
  audit?: AuditDetails;
  now: Date;
}

/**
 * Runs inside the transaction of every change, after the row is written, so everything here
 * commits or rolls back with it. Later modules add their own step to this list (the waitlist's
 * offer of freed time goes here) instead of touching every writer.
 */
export type ChangeListener = (
  tx: Transaction,
  change: AppointmentChange & { freed: FreedTime[] },
) => Promise<void>;

// Called through a closure, so the import cycle (the waitlist claims through this writer) is harmless.
const LISTENERS: readonly ChangeListener[] = [(tx, change) => waitlistAfterChange(tx, change)];

/**
 * The one post-change step of every writer: the audit row, the patient's e-mail (ordered and
 * superseding older unsent ones, lib/email/outbox.ts) and the listeners, sent together (one round
 * trip less while a diary lock may be held). Returns the time the change freed.
 */
export async function afterChange(
  tx: Transaction,
  change: AppointmentChange,
): Promise<FreedTime[]> {
  const freed = freedBy(change);
  const { actorStaffId, actorKind, via } = auditActorOf(change.actor);
  const { before, after } = change;
  await Promise.all([
    writeAudit(
      {
        actorStaffId,
        actorKind,
        action: AUDIT_ACTIONS[change.change],
        entityType: 'appointment',
        entityId: after.id,
        details: {
          via,
          practitionerId: after.practitionerId,
          ...(before && before.status !== after.status ? { from: before.status } : {}),
          to: after.status,
          ...change.audit,
        },
      },
      tx,
    ),
    change.message
      ? enqueueAppointmentMessages(tx, {
          kind: change.message.kind,
          appointmentId: after.id,
          manageToken: change.message.manageToken,
          by:
            change.actor.kind === 'staff' || change.actor.kind === 'system' ? 'clinic' : 'patient',
          now: change.now,
        })
      : null,
    ...LISTENERS.map((listener) => listener(tx, { ...change, freed })),
  ]);
  return freed;
}

const AUDIT_ACTIONS: Record<Change | 'book', string> = {
  book: 'appointment.create',
  move: 'appointment.reschedule',
  cancel: 'appointment.cancel',
  confirm: 'appointment.confirm',
  check_in: 'appointment.check_in',
  complete: 'appointment.complete',
  no_show: 'appointment.no_show',
  undo_check_in: 'appointment.undo_check_in',
  undo_no_show: 'appointment.undo_no_show',
  undo_complete: 'appointment.undo_complete',
};

/**
 * A cancellation frees its whole time; a move frees the part of its old time the new one does
 * not cover (all of it when it changes practitioner). Other changes free nothing: a no-show's
 * time has already gone by.
 */
export function freedBy(
  change: Pick<AppointmentChange, 'change' | 'before' | 'after'>,
): FreedTime[] {
  const { before, after } = change;
  if (!before) return [];
  const old = {
    practitionerId: before.practitionerId,
    serviceId: before.serviceId,
    start: before.startsAt,
    end: before.endsAt,
  };
  if (change.change === 'cancel') return [old];
  if (change.change !== 'move') return [];
  if (before.practitionerId !== after.practitionerId) return [old];
  const pieces: FreedTime[] = [];
  if (old.start < after.startsAt)
    pieces.push({ ...old, end: after.startsAt < old.end ? after.startsAt : old.end });
  if (old.end > after.endsAt)
    pieces.push({ ...old, start: after.endsAt > old.start ? after.endsAt : old.start });
  return pieces;
}

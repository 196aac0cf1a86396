import 'server-only';
import { eq } from 'drizzle-orm';
import type { Transaction } from '@/db';
import { lockAppointmentRow, type BookingRow } from '@/db/queries/bookings';
import { appointments } from '@/db/schema';
import { clinicIsoFormatter } from '@/lib/availability/clinic-time';
import { logger } from '@/lib/logger';
import { logActor, mayChangeDiary, rulesOf, type Actor } from './actor';
import { forbidden, notAllowed, notFound, type Refusal, type Result } from './result';
import { NOT_OFFERED_REFUSAL, planStart, refusalFor, wrongOffsetRefusal } from './start-check';
import { changeRefusal, type ChangeContext } from './status-table';
import { changeContext, loadTarget, notFoundFor, type Target } from './target';
import { afterChange, type FreedTime } from './writer/after-change';
import { claimOrRollBack, writeToDiaries } from './writer/guarded-writer';
import { lostTheTime } from './writer/lost-race';

export interface MoveInput {
  /** ISO-8601 with the clinic's offset. */
  start: string;
  /** Omitted: the same practitioner. Null: first available. An id: that practitioner. */
  practitioner?: string | null;
  /** More writes of the caller in the move's transaction, before its post-change step (a waitlist claim). */
  alsoInside?: (tx: Transaction) => Promise<void>;
}

export interface Moved {
  appointmentId: string;
  practitionerId: string;
  /** The new start, with the clinic's offset. */
  start: string;
  /** The same time and practitioner again (a double submit): nothing was changed or sent. */
  unchanged: boolean;
  freed: FreedTime[];
}

/** Thrown inside the move's transaction when the locked row says no; rolls everything back. */
class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.ok ? '' : refusal.code);
  }
}

/**
 * Moves an appointment to a new open time, optionally to another practitioner who offers the
 * service, for staff (any diary they may manage) and patients (through their manage link, until
 * the cut-off). The row is updated in place inside one guarded transaction, so when the new time
 * turns out to be taken nothing changes: the old time, the manage link and the messages stay.
 */
export async function move(
  actor: Actor,
  target: Target,
  input: MoveInput,
  now = new Date(),
): Promise<Result<Moved>> {
  const row = await loadTarget(target);
  if (!row) return notFound(notFoundFor(target));
  const rules = rulesOf(actor);
  const ctx = changeContext(actor, row, now);
  if (!mayChangeDiary(actor, row.practitionerId)) return forbidden();
  const blocked = changeRefusal(row, 'move', ctx);
  if (blocked) return notAllowed(blocked);

  const choice = input.practitioner === undefined ? row.practitionerId : input.practitioner;
  if (choice && !mayChangeDiary(actor, choice))
    return forbidden('You can only move appointments within your own diary.');
  const offset = wrongOffsetRefusal(input.start, row.policy.timeZone);
  if (offset) return offset;
  const start = new Date(input.start);
  const iso = clinicIsoFormatter(row.policy.timeZone);
  // Re-sending the current time (a double submit) changes nothing, not even a message.
  if (
    start.getTime() === row.startsAt.getTime() &&
    (choice === null || choice === row.practitionerId)
  ) {
    const data = { appointmentId: row.id, practitionerId: row.practitionerId, start: iso(start) };
    return { ok: true, data: { ...data, unchanged: true, freed: [] } };
  }

  const search = {
    service: row.service,
    policy: row.policy,
    practitionerId: choice,
    start,
    now,
    minimumNotice: rules.minimumNotice,
    excludeAppointmentId: row.id,
  };
  const plan = await planStart(search);
  if (plan.kind === 'not_offered') return NOT_OFFERED_REFUSAL;
  const taken = (more: boolean) => takenMessage(actor, more);
  if (plan.kind === 'refused')
    return refusalFor(plan.reason, {
      ...search,
      closureReason: plan.closureReason,
      takenMessage: taken,
    });

  for (const practitionerId of plan.order) {
    if (!mayChangeDiary(actor, practitionerId)) continue;
    try {
      const freed = await writeToDiaries([practitionerId], (tx) =>
        moveInPlace(tx, { actor, row, practitionerId, start, now, ctx, also: input.alsoInside }),
      );
      logger.info('appointment moved', {
        appointmentId: row.id,
        practitionerId,
        ...logActor(actor),
      });
      return {
        ok: true,
        data: { appointmentId: row.id, practitionerId, start: iso(start), unchanged: false, freed },
      };
    } catch (error) {
      if (error instanceof Refused) return error.refusal;
      if (!lostTheTime(error)) throw error;
    }
  }
  return refusalFor('conflict', { ...search, takenMessage: taken });
}

/** One attempt: lock the target diary and re-check the time, lock the row and re-decide, update. */
async function moveInPlace(
  tx: Transaction,
  m: {
    actor: Actor;
    row: BookingRow;
    practitionerId: string;
    start: Date;
    now: Date;
    ctx: ChangeContext;
    also?: (tx: Transaction) => Promise<void>;
  },
): Promise<FreedTime[]> {
  const rules = rulesOf(m.actor);
  const claim = {
    practitionerId: m.practitionerId,
    service: m.row.service,
    start: m.start,
    excludeAppointmentId: m.row.id,
  };
  // The row lock is sent right behind the diary lock and re-check: one round trip for both.
  const [, current] = await Promise.all([
    claimOrRollBack(tx, claim, {
      policy: m.row.policy,
      minimumNotice: rules.minimumNotice,
      now: m.now,
    }),
    lockAppointmentRow(tx, m.row.id),
  ]);
  if (!current) throw new Refused(notFound());
  const blocked = changeRefusal(current, 'move', m.ctx);
  if (blocked) throw new Refused(notAllowed(blocked));
  if (!mayChangeDiary(m.actor, current.practitionerId)) throw new Refused(forbidden());
  const endsAt = new Date(m.start.getTime() + m.row.service.durationMinutes * 60_000);
  // A patient's move asks the clinic to confirm the new time afresh.
  const status =
    rules.moveResetsConfirmation && current.status === 'confirmed' ? 'booked' : current.status;
  await tx
    .update(appointments)
    .set({ practitionerId: m.practitionerId, startsAt: m.start, endsAt, status, updatedAt: m.now })
    .where(eq(appointments.id, current.id));
  if (m.also) await m.also(tx);
  return afterChange(tx, {
    change: 'move',
    actor: m.actor,
    before: current,
    after: { ...current, practitionerId: m.practitionerId, startsAt: m.start, endsAt, status },
    message: { kind: 'reschedule' },
    audit: {
      fromStart: current.startsAt.toISOString(),
      toStart: m.start.toISOString(),
      fromPractitionerId: current.practitionerId,
      toPractitionerId: m.practitionerId,
    },
    now: m.now,
  });
}

function takenMessage(actor: Actor, hasAlternatives: boolean): string {
  if (actor.kind === 'staff') {
    return hasAlternatives
      ? 'That time is no longer free, so the appointment has not moved. Here are the next open times.'
      : 'That time is no longer free, so the appointment has not moved, and nothing else is open soon.';
  }
  return 'Sorry, that time is no longer free. Your appointment has not changed. Here are the next open times.';
}

import 'server-only';
import type { Transaction } from '@/db';
import type { BookableService, ClinicPolicy } from '@/db/queries/availability';
import { appointments } from '@/db/schema';
import type { SlotRejection } from '@/lib/availability';
import { holdPatient } from '@/lib/patients/match';
import { rulesOf, staffOf, type Actor } from './actor';
import { afterChange } from './writer/after-change';
import { lockAndCheck } from './writer/guarded-writer';

export interface SeriesVisit {
  practitionerId: string;
  service: BookableService;
  start: Date;
}

export type SeriesOutcome =
  | { ok: true; appointmentIds: string[] }
  /** Nothing was written; each conflicting visit by its index in the request. */
  | { ok: false; conflicts: Array<{ index: number; reason: SlotRejection }> };

/**
 * Several visits for one patient inside the caller's transaction (a care plan): all of them or
 * none. Every diary involved is locked in one go, in key order, so two series sharing
 * practitioners cannot deadlock; the visits are checked against fresh rows and against each other.
 * Nothing is written when any is refused: the caller reports the conflicts and rolls back whatever
 * else it wrote. Call it inside `inDiaryQueues(practitionerIds, () => db.transaction(…))` to queue
 * in memory rather than on pooled connections. `message: false` leaves the e-mail to the caller
 * (one message for the whole series); audit rows and listeners run for every visit.
 */
export async function bookSeriesInTransaction(
  tx: Transaction,
  actor: Actor,
  series: {
    patientId: string;
    visits: readonly SeriesVisit[];
    policy: ClinicPolicy;
    now: Date;
    message?: boolean;
  },
): Promise<SeriesOutcome> {
  const rules = rulesOf(actor);
  await holdPatient(tx, series.patientId);
  const verdicts = await lockAndCheck(tx, series.visits, {
    policy: series.policy,
    minimumNotice: rules.minimumNotice,
    now: series.now,
  });
  const conflicts = verdicts.flatMap((v, index) => (v.open ? [] : [{ index, reason: v.reason }]));
  if (conflicts.length > 0) return { ok: false, conflicts };

  const rows = await tx
    .insert(appointments)
    .values(
      series.visits.map((v) => ({
        practitionerId: v.practitionerId,
        serviceId: v.service.id,
        patientId: series.patientId,
        startsAt: v.start,
        endsAt: new Date(v.start.getTime() + v.service.durationMinutes * 60_000),
        status: rules.initialStatus,
        source: rules.source,
        createdByStaffId: staffOf(actor)?.id ?? null,
      })),
    )
    .returning({
      id: appointments.id,
      practitionerId: appointments.practitionerId,
      serviceId: appointments.serviceId,
      status: appointments.status,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
    });
  await Promise.all(
    rows.map((after) =>
      afterChange(tx, {
        change: 'book',
        actor,
        before: null,
        after,
        message: series.message === false ? undefined : { kind: 'confirmation' },
        audit: {
          patientId: series.patientId,
          serviceId: after.serviceId,
          startsAt: after.startsAt.toISOString(),
          source: rules.source,
          series: rows.length,
        },
        now: series.now,
      }),
    ),
  );
  return { ok: true, appointmentIds: rows.map((r) => r.id) };
}

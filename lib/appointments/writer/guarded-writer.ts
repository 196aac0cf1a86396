import 'server-only';
import { db, type Transaction } from '@/db';
import { loadSchedules, type BookableService, type ClinicPolicy } from '@/db/queries/availability';
import {
  checkSlot,
  type BusyAppointment,
  type PractitionerAvailabilityInput,
  type SlotRejection,
} from '@/lib/availability';
import { enginePolicy } from '../open-times';
import { lockDiaries } from './diary-lock';
import { inDiaryQueues } from './diary-queue';
import { ClaimRefused } from './lost-race';

/** One time a write wants in one practitioner's diary. */
export interface DiaryClaim {
  practitionerId: string;
  service: BookableService;
  start: Date;
  /** The appointment being moved does not block its own new time. */
  excludeAppointmentId?: string;
}

export type ClaimVerdict = { open: true } | { open: false; reason: SlotRejection };

export interface CheckRules {
  policy: ClinicPolicy;
  /** False for staff: the minimum notice is for patients. */
  minimumNotice: boolean;
  now: Date;
}

const DAY_MS = 86_400_000;

/**
 * The one guard for every write to a diary, inside the caller's transaction: take the diary
 * locks of all claims (in key order: no two writers wait for each other in a circle), re-read
 * those diaries and the clinic's closures under the locks, and ask the availability engine about
 * each claim. Claims of the same call count as booked for the ones after them, so a series of
 * visits cannot overlap itself. The exclusion constraint stays the last word after the write.
 *
 * The lock and the reads travel in one round trip: the reads queue behind the lock on this
 * transaction's connection, and each statement sees what was committed before it started, so
 * they see the diary as the previous lock holder left it (test/integration/diary-taken.test.ts).
 */
export async function lockAndCheck(
  tx: Transaction,
  claims: readonly DiaryClaim[],
  rules: CheckRules,
): Promise<ClaimVerdict[]> {
  const locked = lockDiaries(
    tx,
    claims.map((c) => c.practitionerId),
  );
  const groups = new Map<string, DiaryClaim[]>();
  for (const claim of claims) {
    const key = `${claim.practitionerId}|${claim.service.id}|${claim.excludeAppointmentId ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  const reads = [...groups.values()].map((group) => {
    const first = group[0]!;
    const starts = group.map((c) => c.start.getTime());
    return loadSchedules(
      {
        service: { id: first.service.id },
        practitionerId: first.practitionerId,
        window: {
          start: new Date(Math.min(...starts) - DAY_MS),
          end: new Date(Math.max(...starts) + DAY_MS),
        },
        excludeAppointmentId: first.excludeAppointmentId,
      },
      tx,
    );
  });
  const [, ...loaded] = await Promise.all([locked, ...reads]);
  const diaries = new Map<string, PractitionerAvailabilityInput | undefined>();
  const closures = loaded.flatMap((l) => l.closures);
  [...groups.keys()].forEach((key, i) => diaries.set(key, loaded[i]?.practitioners[0]));

  const policy = enginePolicy(rules.policy, rules.minimumNotice);
  const accepted = new Map<string, BusyAppointment[]>();
  return claims.map((claim): ClaimVerdict => {
    const key = `${claim.practitionerId}|${claim.service.id}|${claim.excludeAppointmentId ?? ''}`;
    const diary = diaries.get(key);
    // A practitioner who no longer offers the service (or left) has no diary for it.
    if (!diary) return { open: false, reason: 'outside-working-hours' };
    const earlier = accepted.get(claim.practitionerId) ?? [];
    const check = checkSlot({
      practitioner: { ...diary, appointments: [...diary.appointments, ...earlier] },
      service: claim.service,
      policy,
      now: rules.now,
      start: claim.start,
      closures,
    });
    if (!check.available) return { open: false, reason: check.reason };
    accepted.set(claim.practitionerId, [
      ...earlier,
      {
        start: claim.start,
        end: new Date(claim.start.getTime() + claim.service.durationMinutes * 60_000),
        bufferBeforeMinutes: claim.service.bufferBeforeMinutes,
        bufferAfterMinutes: claim.service.bufferAfterMinutes,
      },
    ]);
    return { open: true };
  });
}

/** lockAndCheck for one claim; throws ClaimRefused (rolling the transaction back) unless open. */
export async function claimOrRollBack(
  tx: Transaction,
  claim: DiaryClaim,
  rules: CheckRules,
): Promise<void> {
  const [verdict] = await lockAndCheck(tx, [claim], rules);
  if (!verdict?.open) throw new ClaimRefused(verdict?.reason ?? 'conflict');
}

/**
 * A write to some diaries from outside any transaction: this process's queue for each of them
 * (sorted), then one transaction. Inside, call lockAndCheck or claimOrRollBack before writing.
 * Errors (ClaimRefused, a lost race) propagate; `lostTheTime` tells them apart from bugs.
 *
 * `alreadyLost`, if given, is asked before joining the queue and again when the turn comes (a
 * writer ahead may just have taken the time): when it answers yes, the write throws ClaimRefused
 * without opening a transaction. Under a burst for one time (the bench's "every start twice"),
 * most writers lose, and each used to hold the diary's turn for a whole transaction it then rolled
 * back. It may only answer yes when the locked re-check would refuse too.
 */
export async function writeToDiaries<T>(
  practitionerIds: readonly string[],
  work: (tx: Transaction) => Promise<T>,
  alreadyLost?: () => Promise<boolean>,
): Promise<T> {
  if (alreadyLost && (await alreadyLost())) throw new ClaimRefused('conflict');
  return inDiaryQueues(practitionerIds, async () => {
    if (alreadyLost && (await alreadyLost())) throw new ClaimRefused('conflict');
    return db.transaction(work);
  });
}

import 'server-only';
import { and, eq, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { db } from '@/db';
import { reportDatabaseError } from '@/db/state';
import { notBehindEarlierMessage } from '@/db/queries/outbox';
import { outbox } from '@/db/schema';
import { logger } from '@/lib/logger';
import { outboxSettings, type OutboxSettings } from './config';
import { claimById, deliverClaimed, recoverLapsedClaims, type Clock } from './delivery';
import { hourlyPrune } from './prune';
import type { RunningWorker } from './poller';
import type { Transport } from './transport';

export const DELIVER_QUEUE = 'outbox-deliver';

export interface PgBossWorkerOptions {
  connectionString: string;
  transport: Transport;
  clock?: Clock;
  settings?: OutboxSettings;
  /** How often this worker looks for due messages to queue (default OUTBOX_POLL_MS). */
  pollMilliseconds?: number;
  /** pg-boss's own polling of its queue, in seconds (≥ 0.5). */
  queuePollSeconds?: number;
}

/**
 * Hands due messages to pg-boss, at most one queued job per message: marks them queued (rows
 * locked with SKIP LOCKED, so several workers never pick the same ones) and returns their ids. A
 * message stays marked until its attempt ends; one still marked long after (its job was lost) is
 * queued again, which is harmless because only a successful claim sends.
 */
export async function takeDueForQueue(
  now: Date,
  limit: number,
  settings: OutboxSettings,
): Promise<string[]> {
  const requeueBefore = new Date(now.getTime() - 2 * settings.leaseSeconds * 1000);
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, 'pending'),
        lte(outbox.nextAttemptAt, now),
        or(isNull(outbox.queuedAt), lt(outbox.queuedAt, requeueBefore)),
        // Not before the messages of earlier changes to the same appointment (delivery.ts).
        notBehindEarlierMessage(),
      ),
    )
    .orderBy(outbox.nextAttemptAt, outbox.appointmentSeq)
    .limit(limit)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(outbox)
    .set({ queuedAt: now })
    .where(and(inArray(outbox.id, due), eq(outbox.status, 'pending')))
    .returning({ id: outbox.id });
  return rows.map((r) => r.id);
}

/**
 * The outbox worker on PostgreSQL. Each delivery attempt is a pg-boss job (singletonKey = outbox
 * id, a "short" queue: one waiting job per message). The job's handler claims the message in the
 * outbox table and sends it; a failed send is recorded there with its back-off (next_attempt_at),
 * and the sweep queues the next attempt when it is due. pg-boss's own retries (retryLimit,
 * retryDelay, retryBackoff) cover a handler that could not even reach the database. Time comes
 * from `clock`, so tests move it instead of sleeping.
 */
export async function startPgBossWorker(options: PgBossWorkerOptions): Promise<RunningWorker> {
  const clock = options.clock ?? (() => new Date());
  const settings = options.settings ?? outboxSettings();
  const boss = new PgBoss({
    connectionString: options.connectionString,
    application_name: 'clinic-outbox-worker',
    max: 3,
    schema: 'pgboss',
  });
  // pg-boss keeps polling through an outage and reconnects by itself; its connection errors only
  // tell the app the database is down (db/state.ts), once, rather than once per poll.
  boss.on('error', (error) => {
    if (!reportDatabaseError(error)) logger.error('pg-boss error', { error });
  });
  try {
    await boss.start();
    await boss.createQueue(DELIVER_QUEUE, {
      name: DELIVER_QUEUE,
      policy: 'short',
      retryLimit: 5,
      retryDelay: 5,
      retryBackoff: true,
      expireInSeconds: settings.leaseSeconds,
    });
  } catch (error) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw error;
  }

  const deliver = async (id: string) => {
    const row = await claimById(id, clock(), settings);
    if (!row) return 'skipped'; // sent, claimed by another worker, voided or erased meanwhile
    return deliverClaimed(row, options.transport, clock, settings);
  };
  const workerId = await boss.work<{ id: string }>(
    DELIVER_QUEUE,
    { batchSize: 5, pollingIntervalSeconds: options.queuePollSeconds ?? 1 },
    async (jobs) => {
      let failure: unknown;
      for (const job of jobs) {
        try {
          await deliver(job.data.id);
        } catch (error) {
          failure ??= error;
        }
      }
      // pg-boss retries the batch with back-off; the messages already done are skipped by the claim.
      if (failure) throw failure;
    },
  );

  const prune = hourlyPrune(settings);
  const sweep = async () => {
    await prune(clock());
    await recoverLapsedClaims(clock());
    for (;;) {
      const ids = await takeDueForQueue(clock(), 100, settings);
      if (ids.length === 0) break;
      await boss.insert(ids.map((id) => ({ name: DELIVER_QUEUE, data: { id }, singletonKey: id })));
      boss.notifyWorker(workerId);
      if (ids.length < 100) break;
    }
  };

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const guardedSweep = async () => {
    try {
      await sweep();
    } catch (error) {
      logger.error('outbox sweep failed; will try again', { error });
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = running.then(guardedSweep).finally(schedule);
    }, options.pollMilliseconds ?? settings.pollMilliseconds);
    timer.unref();
  };
  schedule();

  return {
    driver: 'pg-boss',
    poke() {
      running = running.then(guardedSweep);
      return running;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

import 'server-only';
import { logger } from '@/lib/logger';
import { outboxSettings, type OutboxSettings } from './config';
import {
  claimDue,
  deliverClaimed,
  recoverLapsedClaims,
  type Clock,
  type DeliveryOutcome,
} from './delivery';
import { hourlyPrune } from './prune';
import type { Transport } from './transport';

export interface OutboxRunSummary {
  claimed: number;
  outcomes: Partial<Record<DeliveryOutcome, number>>;
}

export interface RunOptions {
  transport: Transport;
  clock?: Clock;
  batchSize?: number;
  settings?: OutboxSettings;
}

/** One pass: dead-letter lapsed claims, claim what is due, deliver it. Tests call this with their clock. */
export async function runOutboxOnce(options: RunOptions): Promise<OutboxRunSummary> {
  const clock = options.clock ?? (() => new Date());
  const settings = options.settings ?? outboxSettings();
  await recoverLapsedClaims(clock());
  const claimed = await claimDue(clock(), options.batchSize ?? 20, settings);
  const outcomes: OutboxRunSummary['outcomes'] = {};
  for (const row of claimed) {
    const outcome = await deliverClaimed(row, options.transport, clock, settings);
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  return { claimed: claimed.length, outcomes };
}

export interface RunningWorker {
  readonly driver: 'pg-boss' | 'poller';
  /** Runs one pass now instead of waiting for the next tick (tests, and after a nudge). */
  poke(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The in-process worker for the embedded database (one process, one connection): a timer that
 * runs `runOutboxOnce` and keeps going while batches come back full. Errors (database down) are
 * logged and the next tick tries again; nothing here can take the app down.
 */
export function startPoller(options: RunOptions & { pollMilliseconds?: number }): RunningWorker {
  const settings = options.settings ?? outboxSettings();
  const interval = options.pollMilliseconds ?? settings.pollMilliseconds;
  const batchSize = options.batchSize ?? 20;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const prune = hourlyPrune(settings);

  const pass = async () => {
    try {
      await prune((options.clock ?? (() => new Date()))());
      let summary: OutboxRunSummary;
      do {
        summary = await runOutboxOnce({ ...options, settings, batchSize });
      } while (!stopped && summary.claimed === batchSize);
    } catch (error) {
      logger.error('outbox poll failed; will try again', { error });
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = running.then(pass).finally(schedule);
    }, interval);
    timer.unref();
  };
  schedule();

  return {
    driver: 'poller',
    poke() {
      running = running.then(pass);
      return running;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

import 'server-only';
import { logger } from '@/lib/logger';
import { queueDriver, type OutboxSettings } from './config';
import type { Clock } from './delivery';
import { startPoller, type RunningWorker } from './poller';
import { defaultTransport, type Transport } from './transport';
import { env } from '@/lib/env';

export type { RunningWorker } from './poller';

export interface OutboxWorkerOptions {
  transport?: Transport;
  clock?: Clock;
  settings?: OutboxSettings;
  driver?: 'pg-boss' | 'poller';
  pollMilliseconds?: number;
  /** PostgreSQL URL for pg-boss; defaults to DATABASE_URL. */
  connectionString?: string;
}

/**
 * Starts a worker: pg-boss on PostgreSQL (DATABASE_URL), the in-process poller on the embedded
 * database. Both deliver through lib/email/delivery.ts, so the guarantees are the same.
 */
export async function startOutboxWorker(options: OutboxWorkerOptions = {}): Promise<RunningWorker> {
  const transport = options.transport ?? defaultTransport();
  const driver = options.driver ?? queueDriver();
  if (env().NODE_ENV === 'production') {
    // Both are easy to forget and both fail quietly: say so where operators look.
    if (transport.name === 'local')
      logger.warn('SMTP_URL is not set: e-mails go to the dashboard Outbox only, not to patients');
    if (!env().SITE_URL)
      logger.warn('SITE_URL is not set: links in e-mails point to http://localhost:3000');
  }
  const common = {
    transport,
    clock: options.clock,
    settings: options.settings,
    pollMilliseconds: options.pollMilliseconds,
  };
  if (driver === 'pg-boss') {
    const connectionString = options.connectionString ?? env().DATABASE_URL;
    if (!connectionString) throw new Error('pg-boss needs DATABASE_URL (PostgreSQL)');
    // Loaded only here: the embedded-database set-up never needs pg or pg-boss.
    const { startPgBossWorker } = await import('./pg-boss-worker');
    const worker = await startPgBossWorker({ ...common, connectionString });
    logger.info('outbox worker started', { driver, transport: transport.name });
    return withTransportClose(worker, transport);
  }
  const worker = startPoller(common);
  logger.info('outbox worker started', { driver, transport: transport.name });
  return withTransportClose(worker, transport);
}

function withTransportClose(worker: RunningWorker, transport: Transport): RunningWorker {
  return {
    driver: worker.driver,
    poke: () => worker.poke(),
    async stop() {
      await worker.stop();
      transport.close();
    },
  };
}

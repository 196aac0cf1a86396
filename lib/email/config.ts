import { env } from '@/lib/env';

export interface OutboxSettings {
  /** Hours before an appointment that its reminder goes out; 0 turns reminders off. */
  reminderLeadHours: number;
  /** Failed attempts after which a message is dead-lettered. */
  maxAttempts: number;
  /** First retry delay; each later one doubles, up to retryMaxSeconds. */
  retryBaseSeconds: number;
  retryMaxSeconds: number;
  /** How long a claimed message may stay "sending" before it counts as lost. */
  leaseSeconds: number;
  /** How often a worker looks for due messages. */
  pollMilliseconds: number;
  /** Sent and voided messages are deleted this many days after they were written; 0 keeps them. */
  retentionDays: number;
}

export function outboxSettings(): OutboxSettings {
  const e = env();
  return {
    reminderLeadHours: e.REMINDER_LEAD_HOURS,
    maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
    retryBaseSeconds: e.OUTBOX_RETRY_BASE_SECONDS,
    retryMaxSeconds: e.OUTBOX_RETRY_MAX_SECONDS,
    leaseSeconds: e.OUTBOX_LEASE_SECONDS,
    pollMilliseconds: e.OUTBOX_POLL_MS,
    retentionDays: e.OUTBOX_RETENTION_DAYS,
  };
}

/** Delay before attempt `attempts + 1` after `attempts` failures: base · 2^(attempts−1), capped. */
export function retryDelaySeconds(
  attempts: number,
  settings: OutboxSettings = outboxSettings(),
): number {
  const exponent = Math.max(0, Math.min(30, attempts - 1));
  return Math.min(settings.retryMaxSeconds, settings.retryBaseSeconds * 2 ** exponent);
}

/** SMTP when SMTP_URL is set; otherwise the local mailbox (the dashboard's Outbox page). */
export function smtpUrl(): string | null {
  return env().SMTP_URL ?? null;
}

/** The in-app worker runs unless RUN_WORKER_IN_APP is "false" (or "0"). */
export function runWorkerInApp(): boolean {
  return env().RUN_WORKER_IN_APP;
}

/**
 * pg-boss needs PostgreSQL; the embedded database is one process with one connection, so there
 * the worker is a plain in-process poller over the same claim/deliver functions.
 */
export function queueDriver(): 'pg-boss' | 'poller' {
  if (env().OUTBOX_QUEUE === 'poller') return 'poller';
  return env().DATABASE_URL ? 'pg-boss' : 'poller';
}

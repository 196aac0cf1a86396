/**
 * Outbox settings from the environment, read once per call so tests can change them. Every
 * number has a safe default; nonsense (negative, not a number) falls back to it.
 */

function numberEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  return Number.isFinite(value) && value >= min ? value : fallback;
}

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
  return {
    reminderLeadHours: numberEnv('REMINDER_LEAD_HOURS', 24, 0),
    maxAttempts: Math.trunc(numberEnv('OUTBOX_MAX_ATTEMPTS', 8, 1)),
    retryBaseSeconds: numberEnv('OUTBOX_RETRY_BASE_SECONDS', 30, 1),
    retryMaxSeconds: numberEnv('OUTBOX_RETRY_MAX_SECONDS', 3600, 1),
    leaseSeconds: numberEnv('OUTBOX_LEASE_SECONDS', 300, 10),
    pollMilliseconds: numberEnv('OUTBOX_POLL_MS', 2000, 100),
    retentionDays: numberEnv('OUTBOX_RETENTION_DAYS', 365, 0),
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
  const url = process.env.SMTP_URL?.trim();
  return url ? url : null;
}

/** The in-app worker runs unless RUN_WORKER_IN_APP is "false" (or "0"). */
export function runWorkerInApp(): boolean {
  const value = (process.env.RUN_WORKER_IN_APP ?? 'true').trim().toLowerCase();
  return value !== 'false' && value !== '0' && value !== 'no';
}

/**
 * pg-boss needs PostgreSQL; the embedded database is one process with one connection, so there
 * the worker is a plain in-process poller over the same claim/deliver functions.
 */
export function queueDriver(): 'pg-boss' | 'poller' {
  const forced = process.env.OUTBOX_QUEUE?.trim();
  if (forced === 'poller') return 'poller';
  return process.env.DATABASE_URL ? 'pg-boss' : 'poller';
}

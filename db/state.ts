/**
 * What this process knows about its database: up, or down since a connection failed (or pending
 * migrations at start-up). Kept on globalThis because proxy.ts and the app are bundled apart but
 * run in the same Node process: the proxy reads it to answer 503 at once while the database is
 * down. Imports no driver: the proxy bundle must stay free of them.
 */
import { logger } from '../lib/logger';

type Probe = () => Promise<unknown>;

interface DatabaseState {
  status: 'up' | 'down';
  downSince: number | null;
  migrationsPending: boolean;
  probe: Probe | null;
  probing: NodeJS.Timeout | null;
  /** A plain `select 1` on a fresh connection: confirms an outage before the state flips. */
  ping: Probe | null;
  confirming: boolean;
}

const KEY = Symbol.for('clinic.databaseState');
const PROBE_EVERY_MS = 1_000;
const PROBE_TIMEOUT_MS = 3_000;
const CONFIRM_TIMEOUT_MS = 1_500;

export function databaseState(): DatabaseState {
  const g = globalThis as unknown as Record<symbol, DatabaseState | undefined>;
  g[KEY] ??= {
    status: 'up',
    downSince: null,
    migrationsPending: false,
    probe: null,
    probing: null,
    ping: null,
    confirming: false,
  };
  return g[KEY];
}

/** True while requests that need the database should get a 503 without trying. */
export function databaseUnavailable(): boolean {
  const state = databaseState();
  return state.status === 'down' || state.migrationsPending;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  // SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now (starting up / shutting down).
  '57P01',
  '57P02',
  '57P03',
]);

/**
 * Whether an error means "the database cannot be reached" (as opposed to a bug or a refused
 * statement). Looks through drizzle's wrapper (`cause`) and Node's AggregateError (one error per
 * address tried).
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): boolean => {
    if (!e || typeof e !== 'object' || depth > 6 || seen.has(e)) return false;
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)))
      return true;
    const nested = (e as { errors?: unknown }).errors;
    if (Array.isArray(nested) && nested.some((n) => visit(n, depth + 1))) return true;
    return visit((e as { cause?: unknown }).cause, depth + 1);
  };
  return visit(error, 0);
}

/** Set once by db/index.ts: how to ask the database whether it is back (`select 1`). */
export function setDatabaseProbe(probe: Probe, ping: Probe): void {
  const state = databaseState();
  state.probe = probe;
  state.ping = ping;
}

export function setMigrationsPending(pending: boolean): void {
  databaseState().migrationsPending = pending;
}

export function markDatabaseUp(): void {
  const state = databaseState();
  if (state.probing) clearTimeout(state.probing);
  state.probing = null;
  if (state.status === 'down') {
    const downForMs = state.downSince === null ? null : Date.now() - state.downSince;
    logger.info('database is back', { downForMs });
  }
  state.status = 'up';
  state.downSince = null;
}

/**
 * Records that the database could not be reached, and starts probing it every second until it
 * answers. Returns whether `error` was such an error (so callers can answer 503 rather than 500).
 */
export function reportDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailableError(error)) return false;
  const state = databaseState();
  if (state.status === 'down') {
    scheduleProbe();
    return true;
  }
  // One dropped connection (an idle socket closed by a balancer, a terminated backend, a retired
  // pool's last transaction) is not an outage: confirm on a fresh connection before the whole
  // instance starts answering 503. The request that saw the error still gets its own clean 503.
  if (!state.ping) {
    markDown(error);
    return true;
  }
  if (state.confirming) return true;
  state.confirming = true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('ping timed out')), CONFIRM_TIMEOUT_MS);
  });
  Promise.race([state.ping(), timeout])
    .then(() => logger.warn('a database connection failed, but the database answers', { error }))
    .catch(() => markDown(error))
    .finally(() => {
      clearTimeout(timer);
      state.confirming = false;
    });
  return true;
}

function markDown(error: unknown): void {
  const state = databaseState();
  if (state.status === 'up') {
    state.status = 'down';
    state.downSince = Date.now();
    logger.error('database unreachable; answering 503 until it is back', { error });
  }
  scheduleProbe();
}

/** Runs the probe now (the health check, while down): resolves once the database is back. */
export async function probeDatabaseNow(): Promise<void> {
  const probe = databaseState().probe;
  if (!probe) throw new Error('no database probe registered');
  await probe();
  markDatabaseUp();
}

function scheduleProbe(): void {
  const state = databaseState();
  if (state.probing || !state.probe) return;
  state.probing = setTimeout(() => {
    const probe = state.probe;
    if (!probe) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('probe timed out')), PROBE_TIMEOUT_MS);
    });
    Promise.race([probe(), timeout])
      .then(() => markDatabaseUp())
      .catch(() => {
        state.probing = null;
        if (state.status === 'down') scheduleProbe();
      })
      .finally(() => clearTimeout(timer));
  }, PROBE_EVERY_MS);
  state.probing.unref();
}

import 'server-only';
import { openDatabase, type Database, type DbHandle } from './client';
import { setDatabaseProbe } from './state';

export type { Database, Executor, Transaction } from './client';

const globalForDb = globalThis as unknown as { clinicDb?: DbHandle };

/**
 * The one database handle of this process, opened on first use (never at import, so `next build`
 * workers don't all open the embedded database) and kept on globalThis across dev reloads.
 */
export function dbHandle(): DbHandle {
  if (!globalForDb.clinicDb) {
    globalForDb.clinicDb = openDatabase();
    setDatabaseProbe(probeAndReopen, () => dbHandle().ping());
  }
  return globalForDb.clinicDb;
}

/**
 * While the database is marked down (db/state.ts) this runs every second. Once the server answers
 * again, PostgreSQL gets a fresh pool: connections of the old one may have been cut mid-write
 * (postgres.js can leave such a socket wedged), and a new pool costs nothing after an outage.
 */
async function probeAndReopen(): Promise<void> {
  const old = dbHandle();
  await old.ping();
  if (old.driver !== 'postgres' || globalForDb.clinicDb !== old) return;
  globalForDb.clinicDb = openDatabase();
  void old.close().catch(() => undefined);
}

export const db: Database = new Proxy({} as Database, {
  get(_target, prop) {
    const real = dbHandle().db;
    const value: unknown = Reflect.get(real, prop, real);
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

import 'server-only';
import { openDatabase, type Database, type DbHandle } from './client';

export type { Database, Executor, Transaction } from './client';

const globalForDb = globalThis as unknown as { clinicDb?: DbHandle };

/**
 * The one database handle of this process, opened on first use (never at import, so `next build`
 * workers don't all open the embedded database) and kept on globalThis across dev reloads.
 */
export function dbHandle(): DbHandle {
  globalForDb.clinicDb ??= openDatabase();
  return globalForDb.clinicDb;
}

export const db: Database = new Proxy({} as Database, {
  get(_target, prop) {
    const real = dbHandle().db;
    const value: unknown = Reflect.get(real, prop, real);
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

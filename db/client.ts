import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { env } from '../lib/env';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Either the database or an open transaction: domain functions accept both. */
export type Executor = Database | Transaction;

export interface DbHandle {
  db: Database;
  driver: 'postgres' | 'pglite';
  migrate(): Promise<void>;
  /**
   * Asks the database to answer `select 1` on a connection of its own, outside the pool: after an
   * outage the pool's sockets may be dead or wedged, and the question is whether the server is back.
   */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/** Where the embedded database lives when DATABASE_URL is unset (`memory://` keeps it in RAM). */
export function pgliteDir(): string {
  return env().PGLITE_DIR ?? path.join(process.cwd(), '.data', 'pglite');
}

/** Any fixed number: the session advisory lock that serialises migrations across instances. */
const MIGRATION_LOCK_KEY = 7_310_482_911;

/**
 * Drizzle's migrator does not lock, so several instances starting at once could race to apply the
 * same migration. One connection holds a session advisory lock while migrating; the others wait,
 * then find nothing left to do.
 */
async function migratePostgresLocked(url: string): Promise<void> {
  const client = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres({ client, schema }), { migrationsFolder });
  } finally {
    await client.end({ timeout: 5 });
  }
}

export function openDatabase(url = env().DATABASE_URL): DbHandle {
  if (url) {
    const client = postgres(url, {
      max: env().DATABASE_POOL_SIZE,
      connect_timeout: 5,
      idle_timeout: 30,
      onnotice: () => {},
      // A hung statement or an abandoned transaction must not hold a practitioner's diary lock
      // (and every booking queued behind it) for ever.
      connection: {
        statement_timeout: env().DATABASE_STATEMENT_TIMEOUT_MS,
        idle_in_transaction_session_timeout: 60_000,
      },
    });
    const db = drizzlePostgres({ client, schema });
    return {
      db,
      driver: 'postgres',
      migrate: () => migratePostgresLocked(url),
      async ping() {
        const probe = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
        try {
          await probe`select 1`;
        } finally {
          await probe.end({ timeout: 1 });
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = pgliteDir();
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir, { extensions: { btree_gist, pg_trgm } });
  const db = drizzlePglite({ client, schema });
  return {
    db,
    driver: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}

/** SQLSTATE of a database error, unwrapping drizzle's DrizzleQueryError. */
export function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (
      typeof e === 'object' &&
      'code' in e &&
      typeof e.code === 'string' &&
      /^[0-9A-Z]{5}$/.test(e.code)
    ) {
      return e.code;
    }
    e = typeof e === 'object' && 'cause' in e ? e.cause : undefined;
  }
  return undefined;
}

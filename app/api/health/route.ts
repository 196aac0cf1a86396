import { sql } from 'drizzle-orm';
import { db, dbHandle } from '@/db';
import { databaseState, markDatabaseUp, probeDatabaseNow, reportDatabaseError } from '@/db/state';
import { logger } from '@/lib/logger';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * 200 with the database's state when it answers and its migrations are applied; 503 when it does
 * not answer within 3 s, or while start-up migrations are still waiting for it.
 */
export async function GET() {
  const started = performance.now();
  const driver = dbHandle().driver;
  let timer: NodeJS.Timeout | undefined;
  try {
    // While marked down, ask the way the background probe does (and reopen the pool if it is back).
    const check =
      databaseState().status === 'down' ? probeDatabaseNow() : db.execute(sql`select 1`);
    await Promise.race([
      check,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('health check timed out')), 3_000);
      }),
    ]);
    markDatabaseUp();
    const latencyMs = Math.round(performance.now() - started);
    if (databaseState().migrationsPending) {
      return Response.json(
        { status: 'starting', database: { state: 'up', driver, migrations: 'pending', latencyMs } },
        { status: 503, headers: { ...NO_STORE, 'Retry-After': '2' } },
      );
    }
    return Response.json(
      { status: 'ok', database: { state: 'up', driver, migrations: 'applied', latencyMs } },
      { headers: NO_STORE },
    );
  } catch (error) {
    reportDatabaseError(error);
    logger.warn('health check failed', { error });
    return Response.json(
      { status: 'unavailable', database: { state: 'down', driver } },
      { status: 503, headers: { ...NO_STORE, 'Retry-After': '5' } },
    );
  } finally {
    clearTimeout(timer);
  }
}

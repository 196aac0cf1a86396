import { sql } from 'drizzle-orm';
import { db, dbHandle } from '@/db';
import { logger } from '@/lib/logger';

export const dynamic = 'force-dynamic';

/** 200 with the database's state when it answers, 503 when it does not. */
export async function GET() {
  const started = performance.now();
  try {
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('health check timed out')), 3_000)),
    ]);
    return Response.json(
      { status: 'ok', database: { state: 'up', driver: dbHandle().driver, latencyMs: Math.round(performance.now() - started) } },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    logger.warn('health check failed', { error });
    return Response.json(
      { status: 'unavailable', database: { state: 'down', driver: dbHandle().driver } },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}

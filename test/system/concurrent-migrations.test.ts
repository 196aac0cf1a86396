import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { createDatabase, inspect } from './support/databases';

// Instances of a new release boot together on a database that lacks its migrations.
let database: Awaited<ReturnType<typeof createDatabase>>;

beforeAll(async () => {
  database = await createDatabase(inject('postgresServerUrl'), 'migrate');
});
afterAll(async () => {
  await database?.drop();
});

it('applies pending migrations once when four instances start at the same moment', async () => {
  const handles = Array.from({ length: 4 }, () => openDatabase(database.url));
  try {
    const outcomes = await Promise.allSettled(handles.map((handle) => handle.migrate()));
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
  } finally {
    await Promise.all(handles.map((handle) => handle.close()));
  }
  const sql = inspect(database.url);
  try {
    const applied = await sql<
      { n: number }[]
    >`select count(*)::int as n from drizzle.__drizzle_migrations`;
    const distinct = await sql<
      { n: number }[]
    >`select count(distinct hash)::int as n from drizzle.__drizzle_migrations`;
    expect(applied[0]!.n).toBeGreaterThan(0);
    expect(applied[0]!.n).toBe(distinct[0]!.n);
    const [constraint] =
      await sql`select 1 from pg_constraint where conname = 'appointments_no_overlap'`;
    expect(constraint).toBeDefined();
  } finally {
    await sql.end({ timeout: 2 });
  }
});

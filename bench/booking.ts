/**
 * `npm run bench:booking` — concurrent POST /api/v1/bookings against `next start` on a real
 * PostgreSQL server: bookings per second, latency percentiles, and a check that no two stored
 * appointments of one practitioner overlap.
 *
 * BENCH_DATABASE_URL (or DATABASE_URL) names the server; the script creates a fresh database,
 * migrates and seeds it, starts a production server on it (building first if .next is missing),
 * sends every open slot of a therapy twice (so half the requests lose a race), then stops the
 * server and drops the database. BENCH_CONCURRENCY (default 20) sets the parallel requests.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import postgres from 'postgres';
import { openDatabase } from '../db/client';
import { seedDemoClinic } from '../db/seed';
import { percentile } from './report';
import { saveResults } from './results';

const PORT = Number(process.env.BENCH_PORT ?? 3210);
const BASE = `http://127.0.0.1:${PORT}`;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SERVICE = 'chiropractic-adjustment';

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!serverUrl?.startsWith('postgres')) {
  console.error('Set BENCH_DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres');
  process.exit(2);
}

const name = `clinic_bench_booking_${Date.now()}_${randomBytes(3).toString('hex')}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database "${name}"`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const databaseUrl = url.toString();

const handle = openDatabase(databaseUrl);
let server: ReturnType<typeof spawn> | undefined;
try {
  await handle.migrate();
  await seedDemoClinic(handle.db, { staffPassword: randomUUID() });
  if (!existsSync('.next/BUILD_ID')) await run('npx', ['next', 'build']);
  server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(PORT)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: randomUUID(), NODE_ENV: 'production' },
    stdio: 'ignore',
    detached: true,
  });
  await waitForHealth();
  await bench();
} finally {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  await handle.close();
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
}

async function bench(): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 59 * 86_400_000).toISOString().slice(0, 10);
  const availability = (await (
    await fetch(`${BASE}/api/v1/availability?service=${SERVICE}&from=${today}&to=${to}`)
  ).json()) as { slots: Array<{ start: string }> };
  const starts = availability.slots.slice(0, 200).map((s) => s.start);
  // Every start twice, interleaved: the second request for a time usually races the first.
  const requests = starts.flatMap((start) => [start, start]);
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const i = next++;
        const t0 = performance.now();
        const status = await book(requests[i]!, i);
        latencies.push(performance.now() - t0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  const [overlaps] = await countOverlaps();
  const created = statuses.get(201) ?? 0;
  const result = {
    requests: requests.length,
    concurrency: CONCURRENCY,
    created,
    conflicts: statuses.get(409) ?? 0,
    other: [...statuses].filter(([s]) => s !== 201 && s !== 409).map(([s, n]) => `${s}×${n}`).join(' ') || 'none',
    seconds: Number(seconds.toFixed(2)),
    bookingsPerSecond: Number((created / seconds).toFixed(1)),
    requestsPerSecond: Number((requests.length / seconds).toFixed(1)),
    p50Ms: Number(percentile(latencies, 50).toFixed(1)),
    p95Ms: Number(percentile(latencies, 95).toFixed(1)),
    maxMs: Number(Math.max(...latencies).toFixed(1)),
    overlapsFound: overlaps?.n ?? -1,
    load: Number(loadavg()[0]!.toFixed(2)),
  };
  console.log('\nConcurrent POST /api/v1/bookings (next start + PostgreSQL)');
  for (const [key, value] of Object.entries(result)) console.log(`  ${key.padEnd(18)} ${value}`);
  console.log(result.overlapsFound === 0 ? '  ✓ no two stored appointments overlap' : '  ✗ OVERLAPPING APPOINTMENTS STORED');
  saveResults('booking', result);
  if (result.overlapsFound !== 0) process.exitCode = 1;
}

async function countOverlaps(): Promise<Array<{ n: number }>> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await sql<Array<{ n: number }>>`
      select count(*)::int as n from appointments a join appointments b
        on a.practitioner_id = b.practitioner_id and a.id < b.id
       and a.status <> 'cancelled' and b.status <> 'cancelled'
       and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`;
  } finally {
    await sql.end();
  }
}

async function book(start: string, i: number): Promise<number> {
  const response = await fetch(`${BASE}/api/v1/bookings`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `bench-${i}-${randomUUID()}`,
      // One address per request: this measures booking, not the per-address rate limit.
      'x-forwarded-for': `198.18.${Math.floor(i / 250)}.${i % 250}`,
    },
    body: JSON.stringify({
      service: SERVICE,
      practitioner: null,
      start,
      patient: {
        name: `Bench Patient ${i}`,
        email: `bench-${i}@example.com`,
        phone: '+1 503-555-0100',
        patientType: 'returning',
        reason: 'Benchmark',
        consent: true,
        intake: { painAreas: ['lower_back'], painDuration: 'under_2_weeks', legPain: 'no', redFlags: [] },
      },
    }),
  });
  await response.arrayBuffer();
  return response.status;
}

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('next start did not become healthy within 60 s');
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

/**
 * `npm run bench:availability` (also the first part of `npm run bench`) — how fast is
 * getAvailability on a busy diary?
 *
 * BENCH_DATABASE_URL names a PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres);
 * the script creates its own fresh database `bench_availability_*` there, migrates it, seeds the
 * demo clinic plus 100,000 appointments across past and future, times 60-day availability for
 * every service, per practitioner and "first available", prints a table, saves the summary under
 * `availability` in bench/results.json and drops the database. `--explain` also prints the
 * appointments query plan.
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import postgres from 'postgres';
import { percentile, printTable, type Row } from './report';
import { saveResults } from './results';
import { seedBenchClinic } from './seed-bench';
import { benchServerUrl } from './server';

const GOAL_P95_MS = 5;
const ROUNDS = 20;
const APPOINTMENTS = 100_000;

const serverUrl = benchServerUrl();
const name = `bench_availability_${Date.now()}_${randomBytes(3).toString('hex')}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database "${name}"`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
// Set before the first import of '@/db', which opens its pool on first use from DATABASE_URL.
process.env.DATABASE_URL = url.toString();
process.env.DATABASE_POOL_SIZE ??= '10';

const { dbHandle } = await import('@/db');
try {
  await run();
} finally {
  await dbHandle().close();
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
}

async function run(): Promise<void> {
  const { getAvailability } = await import('@/lib/appointments/open-times');
  const { addDays, clinicDate } = await import('@/lib/time/calendar');
  const handle = dbHandle();
  await handle.migrate();
  const now = new Date();
  const seeded = await seedBenchClinic(handle.db, { now, appointments: APPOINTMENTS });
  console.log(
    `Database ${name}: ${seeded.appointments} appointments (${seeded.future} from today on), ${seeded.services.length} services, ${seeded.practitioners} practitioners.`,
  );

  const from = clinicDate(now, seeded.timeZone);
  const to = addDays(from, 59);
  const scenarios = seeded.services.flatMap((s) => [
    {
      label: `${s.slug} · first available`,
      serviceSlug: s.slug,
      practitionerId: null as string | null,
    },
    ...s.practitioners.map((p) => ({
      label: `${s.slug} · ${p.slug}`,
      serviceSlug: s.slug,
      practitionerId: p.id as string | null,
    })),
  ]);

  if (process.argv.includes('--explain'))
    await explain(seeded.services[0]!.slug, from, to, seeded.timeZone);

  // One warm-up round (JIT, connection pool, plan cache), then interleaved rounds so no scenario
  // always runs on a cold or warm cache.
  const rows = new Map<string, Row>();
  const loadBefore = loadavg()[0]!;
  for (let round = 0; round <= ROUNDS; round++) {
    for (const s of scenarios) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const view = await getAvailability({
        serviceSlug: s.serviceSlug,
        practitionerId: s.practitionerId,
        from,
        to,
        now,
      });
      const ms = performance.now() - started;
      const { user, system } = process.cpuUsage(cpu);
      if (round === 0) continue;
      const row = rows.get(s.label) ?? {
        label: s.label,
        slots: view.slots.length,
        ms: [],
        cpuMs: [],
      };
      row.ms.push(ms);
      row.cpuMs.push((user + system) / 1000);
      rows.set(s.label, row);
    }
  }

  const table = [...rows.values()];
  const sum = (label: string, picked: Row[]): Row => ({
    label,
    slots: NaN,
    ms: picked.flatMap((r) => r.ms),
    cpuMs: picked.flatMap((r) => r.cpuMs),
  });
  table.push(
    sum(
      'ALL first available',
      table.filter((r) => r.label.endsWith('first available')),
    ),
    sum('ALL requests', [...rows.values()]),
  );
  const all = table.at(-1)!.ms;
  console.log(`\ngetAvailability, ${from} … ${to} (60 days), ${ROUNDS} rounds after 1 warm-up.`);
  console.log(
    `Wall time per request, and the CPU time this process spent on it (machine load ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs):\n`,
  );
  printTable(table);
  const p95 = percentile(all, 95);
  console.log(
    `\n${all.length} requests: p95 ${p95.toFixed(1)} ms — goal p95 ≤ ${GOAL_P95_MS} ms ${p95 <= GOAL_P95_MS ? 'MET' : 'MISSED'}.`,
  );
  const firstAvailable = table.at(-2)!.ms;
  saveResults('availability', {
    appointments: seeded.appointments,
    days: 60,
    requests: all.length,
    p50Ms: Number(percentile(all, 50).toFixed(1)),
    p95Ms: Number(p95.toFixed(1)),
    firstAvailableP95Ms: Number(percentile(firstAvailable, 95).toFixed(1)),
    goalP95Ms: GOAL_P95_MS,
    load: Number(loadavg()[0]!.toFixed(2)),
  });
}

async function explain(slug: string, from: string, to: string, timeZone: string): Promise<void> {
  const { scheduleQueries } = await import('@/db/queries/availability');
  const { clinicDateWindow } = await import('@/lib/availability/clinic-time');
  const query = scheduleQueries({
    service: { slug },
    practitionerId: null,
    window: clinicDateWindow(from, to, timeZone),
  });
  const { sql, params } = query.appointments.toSQL();
  const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const plan = await client.unsafe(`explain (analyze, buffers) ${sql}`, params as never[]);
  console.log('\nEXPLAIN ANALYZE, appointments for "first available" over 60 days:');
  for (const line of plan) console.log(`  ${String(Object.values(line)[0])}`);
  await client.end();
}

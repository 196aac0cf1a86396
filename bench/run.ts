/**
 * `npm run bench` — every benchmark in one go, one table at the end, figures in bench/results.json.
 *
 *  1. availability: getAvailability on a diary of 100,000 appointments (bench/availability.ts, run
 *     as its own process because it points the app's database client at its own database);
 *  2. page serving: home and an article under `next start` beside a plain node:http server sending
 *     the same bytes, same concurrency → ratio;
 *  3. Lighthouse (mobile): home, articles, an article, /book;
 *  4. booking: concurrent POST /api/v1/bookings, then pgbench's single-row insert ceiling on the same
 *     server with the same client count → ratio.
 *
 * Needs a PostgreSQL server (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres,
 * used only to create and drop `bench_*` databases) and a production build in NEXT_DIST_DIR
 * (default .next; built when missing). `--only=pages,booking` runs a subset. BENCH_PORT (3210; the
 * static server takes the next port), BENCH_CONCURRENCY (20, bookings and pgbench),
 * BENCH_PAGE_CONCURRENCY (10), BENCH_PAGE_SECONDS (10), BENCH_INSERT_SECONDS (10).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { benchBooking, type BookingFigures } from './booking';
import { insertCeiling, type InsertCeiling } from './insert-ceiling';
import {
  lighthouseResults,
  printLighthouse,
  runLighthouse,
  type LighthouseRow,
} from './lighthouse';
import { benchPages, type PageFigures } from './pages';
import { saveResults } from './results';
import { benchServerUrl, distDir, ensureBuild, redact, startSeededServer } from './server';

const PARTS = ['availability', 'pages', 'lighthouse', 'booking'] as const;
type Part = (typeof PARTS)[number];

const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = new Set(onlyArg ? onlyArg.slice('--only='.length).split(',') : PARTS);
for (const p of only)
  if (!PARTS.includes(p as Part)) throw new Error(`unknown part "${p}"; parts: ${PARTS.join(',')}`);
const wanted = (p: Part) => only.has(p);

const PORT = Number(process.env.BENCH_PORT ?? 3210);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const PAGE_CONCURRENCY = Number(process.env.BENCH_PAGE_CONCURRENCY ?? 10);
const PAGE_SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 10);
const INSERT_SECONDS = Number(process.env.BENCH_INSERT_SECONDS ?? 10);

interface Collected {
  availability?: { p50Ms: number; p95Ms: number; goalP95Ms: number; appointments: number };
  pages?: PageFigures[];
  lighthouse?: LighthouseRow[];
  booking?: BookingFigures & { load: number };
  ceiling?: InsertCeiling & { load: number };
}

async function main(): Promise<void> {
  const serverUrl = benchServerUrl();
  console.log(
    `Benchmarks on ${cpus().length} CPUs, load ${loads()}; PostgreSQL ${redact(serverUrl)}; build ${distDir()}.`,
  );
  const collected: Collected = {};
  const machine = { cpus: cpus().length, loadBefore: loadavg().map((n) => Number(n.toFixed(2))) };

  if (wanted('availability')) {
    console.log('\n== availability ==');
    await node(['--import', 'tsx', '--conditions=react-server', 'bench/availability.ts']);
    const saved = readSaved('availability');
    if (saved) collected.availability = saved as Collected['availability'];
  }

  if (wanted('pages') || wanted('lighthouse') || wanted('booking')) {
    await ensureBuild();
    console.log(`\nStarting next start on a seeded bench_* database at port ${PORT} …`);
    const server = await startSeededServer(PORT);
    try {
      if (wanted('pages')) {
        console.log(
          `\n== page serving: next start vs static bytes, concurrency ${PAGE_CONCURRENCY} ==`,
        );
        collected.pages = await benchPages(server.base, {
          staticPort: PORT + 1,
          concurrency: PAGE_CONCURRENCY,
          seconds: PAGE_SECONDS,
        });
        for (const p of collected.pages) {
          console.log(
            `  ${p.path}: next ${p.next.requestsPerSecond} req/s (p95 ${p.next.p95Ms} ms), static ${p.static.requestsPerSecond} req/s (p95 ${p.static.p95Ms} ms), ${p.bytes} bytes`,
          );
        }
        saveResults('pages', {
          concurrency: PAGE_CONCURRENCY,
          seconds: PAGE_SECONDS,
          pages: collected.pages,
          load: load1(),
        });
      }
      if (wanted('lighthouse')) {
        console.log('\n== Lighthouse (mobile) ==');
        collected.lighthouse = await runLighthouse(server.base);
        printLighthouse(collected.lighthouse);
        saveResults('lighthouse', lighthouseResults(server.base, collected.lighthouse));
      }
      if (wanted('booking')) {
        console.log(
          `\n== booking: concurrent API bookings, then the insert ceiling, ${CONCURRENCY} clients ==`,
        );
        collected.booking = {
          ...(await benchBooking(server.base, server.databaseUrl, CONCURRENCY)),
          load: load1(),
        };
        collected.ceiling = {
          ...(await insertCeiling(server.databaseUrl, CONCURRENCY, INSERT_SECONDS)),
          load: load1(),
        };
        const ratio = collected.booking.bookingsPerSecond / collected.ceiling.insertsPerSecond;
        saveResults('booking', {
          ...collected.booking,
          insertCeiling: collected.ceiling,
          ratioToInsertCeiling: Number(ratio.toFixed(4)),
        });
        if (collected.booking.overlapsFound !== 0) process.exitCode = 1;
      }
    } finally {
      await server.stop();
    }
  }

  saveResults('machine', { ...machine, loadAfter: loadavg().map((n) => Number(n.toFixed(2))) });
  printSummary(collected);
  console.log('\nSaved to bench/results.json.');
}

function printSummary(c: Collected): void {
  const rows: Array<[string, string, string, string]> = [];
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  if (c.availability) {
    const a = c.availability;
    rows.push([
      `availability, ${a.appointments.toLocaleString('en')} appts`,
      `p50 ${ms(a.p50Ms)} · p95 ${ms(a.p95Ms)}`,
      `goal p95 ≤ ${a.goalP95Ms} ms`,
      a.p95Ms <= a.goalP95Ms ? 'met' : 'MISSED',
    ]);
  }
  for (const p of c.pages ?? []) {
    rows.push([
      `page ${p.path.length > 24 ? `${p.path.slice(0, 23)}…` : p.path}`,
      `next ${p.next.requestsPerSecond} req/s · p95 ${ms(p.next.p95Ms)}`,
      `static ${p.static.requestsPerSecond} req/s · p95 ${ms(p.static.p95Ms)}`,
      `${p.ratio.toFixed(3)}×`,
    ]);
  }
  if (c.booking && c.ceiling) {
    const b = c.booking;
    rows.push([
      `bookings (${b.requests} POSTs, c=${b.concurrency})`,
      `${b.bookingsPerSecond} bookings/s · ${b.requestsPerSecond} req/s`,
      `pgbench ${c.ceiling.insertsPerSecond} inserts/s (c=${c.ceiling.clients})`,
      `${(b.bookingsPerSecond / c.ceiling.insertsPerSecond).toFixed(4)}×`,
    ]);
    rows.push([
      '  booking latency, answers',
      `p50 ${ms(b.p50Ms)} · p95 ${ms(b.p95Ms)}`,
      `201×${b.created} 409×${b.conflicts} other ${b.other}`,
      b.overlapsFound === 0 ? '0 overlaps' : `${b.overlapsFound} OVERLAPS`,
    ]);
  }
  for (const r of c.lighthouse ?? []) {
    const s = r.scores;
    const met =
      (s.performance ?? 0) >= 95 && s.accessibility === 100 && s['best-practices'] === 100;
    rows.push([
      `lighthouse ${r.path.length > 22 ? `${r.path.slice(0, 21)}…` : r.path}`,
      `${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo} perf/a11y/bp/seo`,
      'goal ≥95/100/100',
      met ? 'met' : 'missed',
    ]);
  }
  const head: [string, string, string, string] = ['benchmark', 'measured', 'beside', 'ratio'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => r.map((v, i) => v.padEnd(widths[i]!)).join('  ');
  console.log(`\nSummary (machine load ${loads()} on ${cpus().length} CPUs)\n`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

const load1 = () => Number(loadavg()[0]!.toFixed(2));
const loads = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

function readSaved(key: string): unknown {
  if (!existsSync('bench/results.json')) return undefined;
  return (JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>)[key];
}

function node(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')} exited ${code}`)),
    );
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * `npm run bench` — every benchmark in one go, one table at the end, figures in bench/results.json.
 *
 *  1. availability: getAvailability on a diary of 100,000 appointments (bench/availability.ts, run
 *     as its own process because it points the app's database client at its own database);
 *  2. page serving: home and an article under `next start` beside a plain node:http server sending
 *     the same bytes, same concurrency → ratio; the HTML and script files of the main pages;
 *  3. Lighthouse (mobile): home, articles, an article, /book (median of LIGHTHOUSE_RUNS, 3);
 *  4. booking: concurrent POST /api/v1/bookings, then pgbench's single-row insert ceiling on the same
 *     server with the same client count → ratio;
 *  5. the RSS of that `next start` after all this, then (with pages) the page figures again with a
 *     second instance on the same database, the load split between them round robin.
 * The summary prints each figure of the performance targets with its goal and verdict.
 *
 * Needs a PostgreSQL server (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres,
 * used only to create and drop `bench_*` databases) and a production build in NEXT_DIST_DIR
 * (default .next; built when missing). `--only=pages,booking` runs a subset. BENCH_PORT (3210; the
 * static server takes the next port, a second instance the one after), BENCH_CONCURRENCY (20, bookings and pgbench),
 * BENCH_PAGE_CONCURRENCY (10), BENCH_PAGE_SECONDS (10), BENCH_INSERT_SECONDS (10).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { benchBooking, type BookingFigures } from './booking';
import { insertCeiling, type InsertCeiling } from './insert-ceiling';
import {
  CATEGORIES,
  lighthouseResults,
  printLighthouse,
  runLighthouse,
  type LighthouseRow,
} from './lighthouse';
import {
  benchNextCeiling,
  benchPages,
  benchPagesRoundRobin,
  weighPages,
  type NextCeiling,
  type PageFigures,
  type PageWeight,
} from './pages';
import { saveResults } from './results';
import {
  benchServerUrl,
  distDir,
  ensureBuild,
  redact,
  startInstance,
  startSeededServer,
} from './server';
import type { LoadFigures } from './load';

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
  nextCeiling?: NextCeiling;
  lighthouse?: LighthouseRow[];
  booking?: BookingFigures & { load: number };
  ceiling?: InsertCeiling & { load: number };
  weights?: PageWeight[];
  rssMb?: number | null;
  twoInstances?: Array<{ path: string; instances: number; figures: LoadFigures; one: LoadFigures }>;
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
          cpuMs: server.cpuMs,
        });
        for (const p of collected.pages) {
          console.log(
            `  ${p.path}: next ${p.next.requestsPerSecond} req/s (p95 ${p.next.p95Ms} ms, ${p.nextCpuMsPerRequest ?? 'n/a'} ms CPU a request), static ${p.static.requestsPerSecond} req/s (p95 ${p.static.p95Ms} ms), ${p.bytes} bytes`,
          );
        }
        collected.nextCeiling = await benchNextCeiling(server.base, {
          concurrency: PAGE_CONCURRENCY,
          seconds: PAGE_SECONDS,
          cpuMs: server.cpuMs,
        });
        const ceiling = collected.nextCeiling;
        console.log(
          `  next start's own ceiling, ${ceiling.path} (${kb(ceiling.bytes)}, no proxy, no rendering): ${ceiling.figures.requestsPerSecond} req/s (p95 ${ceiling.figures.p95Ms} ms, ${ceiling.cpuMsPerRequest ?? 'n/a'} ms CPU a request)`,
        );
        collected.weights = await weighPages(server.base);
        for (const w of collected.weights) {
          console.log(
            `  ${w.path}: HTML ${kb(w.htmlBytes)}, ${w.scripts} script files ${kb(w.scriptBytes)}`,
          );
        }
        saveResults('pages', {
          concurrency: PAGE_CONCURRENCY,
          seconds: PAGE_SECONDS,
          pages: collected.pages,
          nextCeiling: collected.nextCeiling,
          weights: collected.weights,
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
      collected.rssMb = server.rssMb();
      console.log(`\nRSS of next start after the runs above: ${collected.rssMb ?? 'n/a'} MB`);
      saveResults('memory', { rssMb: collected.rssMb, after: [...only].join(',') });
      if (wanted('pages')) {
        console.log(`\n== page serving: two instances, loopback round robin ==`);
        const second = await startInstance(PORT + 2, server.databaseUrl);
        try {
          collected.twoInstances = await benchPagesRoundRobin([server.base, second.base], {
            concurrency: PAGE_CONCURRENCY,
            seconds: PAGE_SECONDS,
          });
          for (const t of collected.twoInstances) {
            console.log(
              `  ${t.path}: ${t.figures.requestsPerSecond} req/s (p95 ${t.figures.p95Ms} ms) on 2 instances, ${t.one.requestsPerSecond} req/s on 1 just before`,
            );
          }
          saveResults('twoInstances', { pages: collected.twoInstances, load: load1() });
        } finally {
          await second.stop();
        }
      }
    } finally {
      await server.stop();
    }
  }

  saveResults('machine', { ...machine, loadAfter: loadavg().map((n) => Number(n.toFixed(2))) });
  printSummary(collected);
  console.log('\nSaved to bench/results.json.');
}

type SummaryRow = [figure: string, measured: string, beside: string, goal: string, verdict: string];

const verdict = (met: boolean | null) => (met === null ? '—' : met ? 'met' : 'MISSED');

/** The issue's target table: every figure with its goal and whether this run met it. */
function printSummary(c: Collected): void {
  const rows: SummaryRow[] = [];
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  for (const p of c.pages ?? []) {
    const name = p.path === '/' ? 'home' : 'article';
    rows.push([
      `${name}: req/s vs static`,
      `${p.next.requestsPerSecond} req/s`,
      `static ${p.static.requestsPerSecond} req/s`,
      '≥ 0.5×',
      `${p.ratio.toFixed(3)}× ${verdict(p.ratio >= 0.5)}`,
    ]);
    const p95Ratio = p.next.p95Ms / p.static.p95Ms;
    rows.push([
      `${name}: next CPU a request`,
      p.nextCpuMsPerRequest === null ? 'n/a' : ms(p.nextCpuMsPerRequest),
      c.nextCeiling?.cpuMsPerRequest
        ? `next sending a build file ${ms(c.nextCeiling.cpuMsPerRequest)}`
        : '',
      '(measured)',
      '—',
    ]);
    rows.push([
      `${name}: p95 vs static`,
      `p95 ${ms(p.next.p95Ms)}`,
      `static p95 ${ms(p.static.p95Ms)}`,
      '≤ 3×',
      `${p95Ratio.toFixed(1)}× ${verdict(p95Ratio <= 3)}`,
    ]);
  }
  if (c.nextCeiling) {
    const n = c.nextCeiling;
    rows.push([
      `next start's ceiling: a ${kb(n.bytes)} build file`,
      `${n.figures.requestsPerSecond} req/s · p95 ${ms(n.figures.p95Ms)}`,
      'no proxy, no rendering',
      '(measured)',
      '—',
    ]);
  }
  for (const t of c.twoInstances ?? []) {
    const scale = t.figures.requestsPerSecond / t.one.requestsPerSecond;
    rows.push([
      `${t.path === '/' ? 'home' : 'article'}: 2 instances, round robin`,
      `${t.figures.requestsPerSecond} req/s · p95 ${ms(t.figures.p95Ms)}`,
      `1 instance just before ${t.one.requestsPerSecond} req/s`,
      '≈ 2× one (linear)',
      `${scale.toFixed(2)}×`,
    ]);
  }
  if (c.booking && c.ceiling) {
    const b = c.booking;
    const ratio = b.bookingsPerSecond / c.ceiling.insertsPerSecond;
    rows.push([
      `bookings/s, c=${b.concurrency} (${b.requests} POSTs)`,
      `${b.bookingsPerSecond}/s · 201×${b.created} 409×${b.conflicts} other ${b.other}`,
      `pgbench ${c.ceiling.insertsPerSecond} inserts/s`,
      '≥ 0.03×, 0 overlaps',
      `${ratio.toFixed(4)}× · ${b.overlapsFound} overlaps ${verdict(ratio >= 0.03 && b.overlapsFound === 0)}`,
    ]);
    rows.push([
      `booking p95, c=${b.concurrency}`,
      `p50 ${ms(b.p50Ms)} · p95 ${ms(b.p95Ms)}`,
      '',
      '≤ 150 ms',
      verdict(b.p95Ms <= 150),
    ]);
  }
  if (c.availability) {
    const a = c.availability;
    rows.push([
      `availability p95, ${a.appointments.toLocaleString('en')} appts, 60 days`,
      `p50 ${ms(a.p50Ms)} · p95 ${ms(a.p95Ms)}`,
      '',
      `≤ ${a.goalP95Ms} ms`,
      verdict(a.p95Ms <= a.goalP95Ms),
    ]);
  }
  for (const r of c.lighthouse ?? []) {
    const s = r.scores;
    const all = CATEGORIES.every((k) => s[k] === 100);
    rows.push([
      `lighthouse ${r.path.length > 22 ? `${r.path.slice(0, 21)}…` : r.path}`,
      `${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}`,
      'perf/a11y/BP/SEO, median of runs',
      '100/100/100/100',
      verdict(all),
    ]);
  }
  for (const w of c.weights ?? []) {
    rows.push([
      `${w.path}: HTML · script files`,
      `${kb(w.htmlBytes)} · ${w.scripts} files ${kb(w.scriptBytes)}`,
      'uncompressed',
      w.path === '/' ? 'HTML ≤ 60 KB' : '(measured)',
      w.path === '/' ? verdict(w.htmlBytes <= 60 * 1024) : '—',
    ]);
  }
  if (c.rssMb !== undefined) {
    rows.push([
      'RSS of one next start after the runs',
      `${c.rssMb ?? 'n/a'} MB`,
      '',
      '(measured)',
      '—',
    ]);
  }
  const head: SummaryRow = ['figure', 'measured', 'beside', 'goal', 'verdict'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => `| ${r.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\nSummary (machine load ${loads()} on ${cpus().length} CPUs)\n`);
  console.log(line(head));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of rows) console.log(line(r));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

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

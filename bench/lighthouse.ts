/**
 * Lighthouse (mobile) scores for the pages patients land on: home, the article index, one article
 * and the first booking step. `npm run bench` runs it against its own `next start`;
 * `npm run bench:lighthouse` against a production server already running at BENCH_BASE_URL
 * (default http://127.0.0.1:3000) — scores from `next dev` mean little. Full JSON reports go to
 * .data/lighthouse/; the audits that cost points are listed with the scores. CHROME_PATH picks the
 * browser (default /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { saveResults } from './results';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGES = [
  { label: 'home', path: '/' },
  { label: 'articles', path: '/articles' },
  { label: 'article', path: '/articles/stretches-for-runners-back-and-hips' },
  { label: 'book', path: '/book' },
] as const;
const REPORT_DIR = '.data/lighthouse';

type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number | null>;
export interface LighthouseRow {
  label: string;
  path: string;
  scores: Scores;
  /** Audits that cost points: id and score (0–1), worst first. */
  failing: string[];
}

interface Report {
  categories: Partial<
    Record<Category, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>
  >;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; displayValue?: string }>;
  runtimeError?: { message: string };
}

const cli = path.join(
  path.dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')),
  'cli/index.js',
);

/** One Lighthouse run in its own Chrome, via the CLI: the JSON report arrives on stdout. */
function audit(url: string): Promise<Report> {
  const args = [
    cli,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--form-factor=mobile',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0)
        return reject(new Error(`lighthouse exited ${code} for ${url}: ${err.slice(-500)}`));
      const report = JSON.parse(out) as Report;
      if (report.runtimeError) return reject(new Error(`${url}: ${report.runtimeError.message}`));
      resolve(report);
    });
  });
}

function summarise(report: Report): { scores: Scores; failing: string[] } {
  const scores = {} as Scores;
  const failing = new Map<string, number>();
  for (const c of CATEGORIES) {
    const category = report.categories[c];
    scores[c] = category?.score == null ? null : Math.round(category.score * 100);
    for (const ref of category?.auditRefs ?? []) {
      const a = report.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.set(ref.id, a.score);
    }
  }
  return {
    scores,
    failing: [...failing]
      .sort((a, b) => a[1] - b[1])
      .map(
        ([id, score]) =>
          `${id} ${score.toFixed(2)}${report.audits[id]?.displayValue ? ` (${report.audits[id].displayValue})` : ''}`,
      ),
  };
}

const emptyScores = (): Scores => Object.fromEntries(CATEGORIES.map((c) => [c, null])) as Scores;

/** Runs per page (LIGHTHOUSE_RUNS, default 3): each category's score is the median of the runs. */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

export async function runLighthouse(base: string): Promise<LighthouseRow[]> {
  mkdirSync(REPORT_DIR, { recursive: true });
  const rows: LighthouseRow[] = [];
  // One page at a time: parallel runs compete for the CPU and skew the performance score.
  for (const page of PAGES) {
    const runs: Array<{ report: Report; summary: ReturnType<typeof summarise> }> = [];
    for (let i = 0; i < RUNS; i++) {
      process.stderr.write(`lighthouse ${page.path} (${i + 1}/${RUNS}) …\n`);
      // Chrome sometimes fails to record a trace on a busy machine (NO_NAVSTART): one more try.
      const report = await audit(`${base}${page.path}`).catch((error: unknown) => {
        process.stderr.write(`  ${String(error).slice(0, 200)}; trying again\n`);
        return audit(`${base}${page.path}`).catch(() => null);
      });
      if (report) runs.push({ report, summary: summarise(report) });
    }
    if (runs.length === 0) {
      rows.push({ ...page, scores: emptyScores(), failing: ['no run completed'] });
      continue;
    }
    const scores = {} as Scores;
    for (const c of CATEGORIES) {
      const values = runs.map((r) => r.summary.scores[c]).filter((v): v is number => v !== null);
      values.sort((a, b) => a - b);
      scores[c] = values.length ? values[Math.floor((values.length - 1) / 2)]! : null;
    }
    // The report kept (and whose lost points are listed) is the run with the median performance.
    const median =
      runs.find((r) => r.summary.scores.performance === scores.performance) ?? runs[0]!;
    writeFileSync(path.join(REPORT_DIR, `${page.label}.json`), JSON.stringify(median.report));
    rows.push({ ...page, scores, failing: median.summary.failing });
  }
  return rows;
}

export function printLighthouse(rows: readonly LighthouseRow[]): void {
  const width = Math.max(...rows.map((r) => r.path.length), 4) + 2;
  const cell = (v: string) => v.padStart(16);
  console.log(`${'page'.padEnd(width)}${CATEGORIES.map(cell).join('')}`);
  console.log('-'.repeat(width + 16 * CATEGORIES.length));
  for (const r of rows) {
    console.log(
      `${r.path.padEnd(width)}${CATEGORIES.map((c) => cell(String(r.scores[c] ?? 'n/a'))).join('')}`,
    );
  }
  for (const r of rows) if (r.failing.length) console.log(`  ${r.path}: ${r.failing.join(', ')}`);
}

export function lighthouseResults(base: string, rows: readonly LighthouseRow[]) {
  return {
    baseUrl: base,
    formFactor: 'mobile',
    pages: Object.fromEntries(rows.map((r) => [r.path, { ...r.scores, failing: r.failing }])),
  };
}

async function main(): Promise<void> {
  const base = (process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
  const answers = await fetch(`${base}/`, { signal: AbortSignal.timeout(5_000) })
    .then((res) => res.status < 500)
    .catch(() => false);
  if (!answers) {
    console.error(`No server answers at ${base}. Start a production server first, e.g.:

  PGLITE_DIR=/tmp/lh-db SEED_STAFF_PASSWORD=change-me npx tsx db/cli.ts setup
  npx next build
  PGLITE_DIR=/tmp/lh-db AUTH_SECRET=$(openssl rand -base64 32) npx next start -p 3000

then run \`npm run bench:lighthouse\` (BENCH_BASE_URL=http://host:port for another address), or
\`npm run bench\`, which starts its own server.`);
    process.exit(2);
  }
  const rows = await runLighthouse(base);
  printLighthouse(rows);
  saveResults('lighthouse', lighthouseResults(base, rows));
  console.log(`\nSaved to bench/results.json (key "lighthouse"); reports in ${REPORT_DIR}/.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/**
 * `npm run bench:lighthouse` — Lighthouse (mobile) scores for the pages patients land on: home,
 * the article index, one article and the first booking step. Expects a production server already
 * running at BENCH_BASE_URL (default http://127.0.0.1:3000); it builds and starts nothing, because
 * scores from `next dev` mean little. Prints a table and merges the scores into bench/results.json
 * under `lighthouse`. CHROME_PATH picks the browser (default /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { saveResults } from './results';

const BASE = (process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGES = [
  { label: 'home', path: '/' },
  { label: 'articles', path: '/articles' },
  { label: 'article', path: '/articles/stretches-for-runners-back-and-hips' },
  { label: 'book', path: '/book' },
] as const;

type Category = (typeof CATEGORIES)[number];
type Scores = Record<Category, number | null>;

async function serverAnswers(): Promise<boolean> {
  try {
    const res = await fetch(`${BASE}/`, { signal: AbortSignal.timeout(5_000) });
    return res.status < 500;
  } catch {
    return false;
  }
}

const cli = path.join(
  path.dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')),
  'cli/index.js',
);

/** One Lighthouse run in its own Chrome, via the CLI: the JSON report arrives on stdout. */
function audit(url: string): Promise<Scores> {
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
      const report = JSON.parse(out) as {
        categories: Partial<Record<Category, { score: number | null }>>;
        runtimeError?: { message: string };
      };
      if (report.runtimeError) return reject(new Error(`${url}: ${report.runtimeError.message}`));
      const scores = {} as Scores;
      for (const c of CATEGORIES) {
        const score = report.categories[c]?.score;
        scores[c] = score == null ? null : Math.round(score * 100);
      }
      resolve(scores);
    });
  });
}

function printTable(rows: ReadonlyArray<{ label: string; path: string; scores: Scores }>): void {
  const width = Math.max(...rows.map((r) => r.path.length), 4) + 2;
  const cell = (v: string) => v.padStart(16);
  console.log(`${'page'.padEnd(width)}${CATEGORIES.map(cell).join('')}`);
  console.log('-'.repeat(width + 16 * CATEGORIES.length));
  for (const r of rows) {
    console.log(
      `${r.path.padEnd(width)}${CATEGORIES.map((c) => cell(String(r.scores[c] ?? 'n/a'))).join('')}`,
    );
  }
}

async function main(): Promise<void> {
  if (!(await serverAnswers())) {
    console.error(`No server answers at ${BASE}. Start a production server first, e.g.:

  PGLITE_DIR=/tmp/lh-db SEED_STAFF_PASSWORD=change-me npx tsx db/cli.ts setup
  npx next build
  PGLITE_DIR=/tmp/lh-db AUTH_SECRET=$(openssl rand -base64 32) npx next start -p 3000

then run \`npm run bench:lighthouse\` (BENCH_BASE_URL=http://host:port for another address).`);
    process.exit(2);
  }
  const rows = [];
  // One page at a time: parallel runs compete for the CPU and skew the performance score.
  for (const page of PAGES) {
    process.stderr.write(`lighthouse ${page.path} …\n`);
    rows.push({ ...page, scores: await audit(`${BASE}${page.path}`) });
  }
  printTable(rows);
  saveResults('lighthouse', {
    baseUrl: BASE,
    formFactor: 'mobile',
    pages: Object.fromEntries(rows.map((r) => [r.path, r.scores])),
  });
  console.log('\nSaved to bench/results.json (key "lighthouse").');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

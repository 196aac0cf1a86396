/**
 * Page serving: requests per second and p95 for the home page and an article under `next start`,
 * beside a plain node:http server (bench/static-server.ts) answering with the very same HTML bytes,
 * at the same concurrency in the same run. The ratio says what rendering per request costs.
 */
import { spawn } from 'node:child_process';
import { load, type LoadFigures } from './load';

export const PAGES = [
  { label: 'home', path: '/' },
  { label: 'article', path: '/articles/stretches-for-runners-back-and-hips' },
] as const;

export interface PageFigures {
  path: string;
  bytes: number;
  next: LoadFigures;
  static: LoadFigures;
  /** Next's requests/s ÷ the static server's. */
  ratio: number;
  /** CPU time `next start` spent per request of its run: less noisy than req/s on a busy machine. */
  nextCpuMsPerRequest: number | null;
}

/** `next start` sending a file of its own build (no rendering, no proxy): its ceiling here. */
export interface NextCeiling {
  path: string;
  bytes: number;
  figures: LoadFigures;
  cpuMsPerRequest: number | null;
}

export async function benchPages(
  base: string,
  options: {
    staticPort: number;
    concurrency: number;
    seconds: number;
    cpuMs?: () => number | null;
  },
): Promise<PageFigures[]> {
  const bodies: Record<string, string> = {};
  for (const page of PAGES) {
    const response = await fetch(`${base}${page.path}`);
    if (!response.ok) throw new Error(`${page.path} answered ${response.status}`);
    bodies[page.path] = Buffer.from(await response.arrayBuffer()).toString('base64');
  }
  const staticBase = `http://127.0.0.1:${options.staticPort}`;
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/static-server.ts', String(options.staticPort)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      server.on('error', reject);
      server.on('exit', (code) => reject(new Error(`static server exited ${code}`)));
      server.stdout.on('data', (c: Buffer) => {
        if (c.toString().includes('listening')) resolve();
      });
      server.stdin.end(JSON.stringify(bodies));
    });
    const figures: PageFigures[] = [];
    const run = { concurrency: options.concurrency, seconds: options.seconds, warmupSeconds: 2 };
    for (const page of PAGES) {
      const { figures: next, cpuMsPerRequest } = await measured(
        `${base}${page.path}`,
        run,
        options.cpuMs,
      );
      const plain = await load(`${staticBase}${page.path}`, run);
      figures.push({
        path: page.path,
        bytes: Buffer.from(bodies[page.path]!, 'base64').length,
        next,
        static: plain,
        ratio: Number((next.requestsPerSecond / plain.requestsPerSecond).toFixed(4)),
        nextCpuMsPerRequest: cpuMsPerRequest,
      });
    }
    return figures;
  } finally {
    server.removeAllListeners('exit');
    server.kill('SIGTERM');
  }
}

/** load(), with the CPU time the server spent per request when `cpuMs` can tell. */
async function measured(
  url: string,
  run: { concurrency: number; seconds: number; warmupSeconds: number },
  cpuMs?: () => number | null,
): Promise<{ figures: LoadFigures; cpuMsPerRequest: number | null }> {
  await load(url, { ...run, seconds: run.warmupSeconds, warmupSeconds: 0 });
  const before = cpuMs?.() ?? null;
  const figures = await load(url, { ...run, warmupSeconds: 0 });
  const after = cpuMs?.() ?? null;
  const cpuMsPerRequest =
    before !== null && after !== null && figures.requests > 0
      ? Number(((after - before) / figures.requests).toFixed(2))
      : null;
  return { figures, cpuMsPerRequest };
}

/**
 * The ceiling of `next start` itself on this machine: the largest script file the home page loads,
 * served from the build (`/_next/static`, which skips the proxy and renders nothing).
 */
export async function benchNextCeiling(
  base: string,
  options: { concurrency: number; seconds: number; cpuMs?: () => number | null },
): Promise<NextCeiling> {
  const html = await (await fetch(`${base}/`)).text();
  let largest = { path: '', bytes: 0 };
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const bytes = (await (await fetch(new URL(src!, base))).arrayBuffer()).byteLength;
    if (bytes > largest.bytes) largest = { path: src!, bytes };
  }
  const run = { concurrency: options.concurrency, seconds: options.seconds, warmupSeconds: 2 };
  const { figures, cpuMsPerRequest } = await measured(`${base}${largest.path}`, run, options.cpuMs);
  return { ...largest, figures, cpuMsPerRequest };
}

/** The same pages served by several instances at once, the load split round robin between them. */
export async function benchPagesRoundRobin(
  bases: readonly string[],
  options: { concurrency: number; seconds: number },
): Promise<Array<{ path: string; instances: number; figures: LoadFigures; one: LoadFigures }>> {
  const run = { concurrency: options.concurrency, seconds: options.seconds, warmupSeconds: 2 };
  const out = [];
  for (const page of PAGES) {
    // One instance again right before, so the two figures share the machine's load of the moment.
    const one = await load(`${bases[0]}${page.path}`, run);
    const figures = await load(
      bases.map((b) => `${b}${page.path}`),
      run,
    );
    out.push({ path: page.path, instances: bases.length, figures, one });
  }
  return out;
}

export const WEIGHED_PAGES = [
  '/',
  '/therapies',
  '/team',
  '/contact',
  '/articles',
  PAGES[1].path,
  '/book',
] as const;

export interface PageWeight {
  path: string;
  htmlBytes: number;
  /** Uncompressed bytes of the script files the HTML loads (<script src>), each counted once. */
  scriptBytes: number;
  scripts: number;
}

/** What each page sends before anything runs: its HTML and the JavaScript files it names. */
export async function weighPages(base: string): Promise<PageWeight[]> {
  const sizes = new Map<string, number>();
  const weights: PageWeight[] = [];
  for (const path of WEIGHED_PAGES) {
    const html = await (await fetch(`${base}${path}`)).text();
    const srcs = [
      ...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!)),
    ];
    let scriptBytes = 0;
    for (const src of srcs) {
      if (!sizes.has(src)) {
        const body = await (await fetch(new URL(src, base))).arrayBuffer();
        sizes.set(src, body.byteLength);
      }
      scriptBytes += sizes.get(src)!;
    }
    weights.push({
      path,
      htmlBytes: Buffer.byteLength(html),
      scriptBytes,
      scripts: srcs.length,
    });
  }
  return weights;
}

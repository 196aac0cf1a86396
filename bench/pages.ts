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
}

export async function benchPages(
  base: string,
  options: { staticPort: number; concurrency: number; seconds: number },
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
      const next = await load(`${base}${page.path}`, run);
      const plain = await load(`${staticBase}${page.path}`, run);
      figures.push({
        path: page.path,
        bytes: Buffer.from(bodies[page.path]!, 'base64').length,
        next,
        static: plain,
        ratio: Number((next.requestsPerSecond / plain.requestsPerSecond).toFixed(4)),
      });
    }
    return figures;
  } finally {
    server.removeAllListeners('exit');
    server.kill('SIGTERM');
  }
}

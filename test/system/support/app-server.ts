import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

export const STAFF_PASSWORD = 'System-Test-Passw0rd!';
const AUTH_SECRET = randomBytes(32).toString('base64url');

export interface AppServer {
  readonly baseUrl: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * `next start` on the production build, the way scripts/e2e-server.sh runs it, against
 * `databaseUrl`, on port `portBase + portOffset` (see global-setup.ts). Does not wait for health: the
 * caller knows whether the database is up.
 */
export function startApp(
  portOffset: number,
  databaseUrl: string,
  env: Record<string, string> = {},
): AppServer {
  // The global setup's free base (SYSTEM_TEST_PORT_BASE or the next free one) + the test's offset.
  const port = inject('portBase') + portOffset;
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_DIST_DIR: inject('distDir'),
        DATABASE_URL: databaseUrl,
        AUTH_SECRET,
        SITE_URL: baseUrl,
        SEED_STAFF_PASSWORD: STAFF_PASSWORD,
        TRUSTED_PROXY_HOPS: '1',
        SMTP_URL: '',
        OUTBOX_POLL_MS: '500',
        OUTBOX_LEASE_SECONDS: '10',
        NEXT_TELEMETRY_DISABLED: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // Also on disk, to read after a failure: .data/system-logs/app-<port>.log
  const logDir = path.join('.data', 'system-logs');
  mkdirSync(logDir, { recursive: true });
  const file = createWriteStream(path.join(logDir, `app-${port}.log`));
  let captured = '';
  const capture = (chunk: Buffer) => {
    captured += chunk.toString();
    file.write(chunk);
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => file.end());
  return {
    baseUrl,
    output: () => captured,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls GET /api/health until it answers `status` (any answer when null); throws after `timeoutMs`. */
export async function waitForHealth(
  baseUrl: string,
  status: number | null,
  timeoutMs = 60_000,
): Promise<{ status: number; body: unknown }> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      const body: unknown = await response.json();
      if (status === null || response.status === status) return { status: response.status, body };
      last = `${response.status} ${JSON.stringify(body)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(250);
  }
  throw new Error(
    `${baseUrl}/api/health did not answer ${status ?? 'at all'} within ${timeoutMs} ms (last: ${last})`,
  );
}

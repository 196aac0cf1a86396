import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { reloadEnv } from '@/lib/env';
import { checkSharedKey, KeyMismatchError } from '@/lib/security/key-check';
import { isolateDatabase } from '../isolated-database';

// A worker started here would claim other files' due messages on the shared database.
isolateDatabase();

/**
 * What an operator sees: the real `npm run worker` script and the app's instrumentation hook,
 * started as processes with a broken configuration, refuse to start and say why.
 */
const TSX = ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server'];

interface Exit {
  code: number | null;
  output: string;
}

/** Runs until the process exits, or until `readyText` appears (then stops it: code null). */
function run(args: string[], env: Record<string, string>, readyText?: string): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [...TSX, ...args], {
      // Only what the test names: no AUTH_SECRET or DATABASE_URL leaks in from this process.
      env: { PATH: process.env.PATH ?? '', ...env } as unknown as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (readyText && output.includes(readyText)) child.kill('SIGTERM');
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code: signal ? null : code, output }));
  });
}

const saved = process.env.AUTH_SECRET;
afterEach(() => {
  process.env.AUTH_SECRET = saved;
  reloadEnv();
});

describe('npm run worker refuses to start', () => {
  it('without AUTH_SECRET: it never makes one up', async () => {
    const result = await run(['scripts/worker.ts'], { DATABASE_URL: process.env.DATABASE_URL! });
    expect(result.code).toBe(1);
    expect(result.output).toContain('npm run worker cannot start. AUTH_SECRET must be set');
  });

  it('with a setting that does not parse, naming it', async () => {
    const result = await run(['scripts/worker.ts'], {
      DATABASE_URL: process.env.DATABASE_URL!,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      STAFF_IDLE_TIMEOUT_MINUTES: 'abc',
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/STAFF_IDLE_TIMEOUT_MINUTES: expected a number/);
  });

  it("with a secret other than the app's, and starts with the same one", async () => {
    expect(['sealed', 'shared', 'resealed']).toContain(await checkSharedKey('app'));
    const other = await run(['scripts/worker.ts'], {
      DATABASE_URL: process.env.DATABASE_URL!,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
    });
    expect(other.code).toBe(1);
    expect(other.output).toContain('The worker cannot start. AUTH_SECRET differs');

    const same = await run(
      ['scripts/worker.ts'],
      { DATABASE_URL: process.env.DATABASE_URL!, AUTH_SECRET: saved!, RUN_WORKER_IN_APP: 'false' },
      'outbox worker started',
    );
    expect(same.output).not.toContain('cannot start');
    expect(same.output).toContain('outbox worker started');
  });
});

describe('the app refuses to start', () => {
  const register = ['--eval', "import('./instrumentation.ts').then((m) => m.register())"];

  it('in production without AUTH_SECRET', async () => {
    const result = await run(register, { NEXT_RUNTIME: 'nodejs', NODE_ENV: 'production' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('The app cannot start. AUTH_SECRET must be set');
  });

  it('with STAFF_IDLE_TIMEOUT_MINUTES=abc (it would have disabled the idle timeout)', async () => {
    const result = await run(register, {
      NEXT_RUNTIME: 'nodejs',
      NODE_ENV: 'production',
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      STAFF_IDLE_TIMEOUT_MINUTES: 'abc',
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/The app cannot start\. Invalid configuration/);
    expect(result.output).toMatch(/STAFF_IDLE_TIMEOUT_MINUTES: expected a number from 1/);
  });
});

describe('the key check', () => {
  it('lets the app reseal after a deliberate change and stops a worker with the old secret', async () => {
    await checkSharedKey('app');
    expect(await checkSharedKey('worker')).toBe('shared');
    process.env.AUTH_SECRET = randomBytes(32).toString('base64url');
    reloadEnv();
    await expect(checkSharedKey('worker')).rejects.toBeInstanceOf(KeyMismatchError);
    expect(await checkSharedKey('app')).toBe('resealed');
    expect(await checkSharedKey('worker')).toBe('shared');
  });
});

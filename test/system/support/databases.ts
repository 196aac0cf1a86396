import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { STAFF_PASSWORD } from './app-server';

const run = promisify(execFile);

/** A fresh database on `serverUrl`; SYSTEM_DB_PREFIX lets parallel runs keep apart. */
export async function createDatabase(
  serverUrl: string,
  label: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const prefix = process.env.SYSTEM_DB_PREFIX ?? 'clinic_system';
  const name = `${prefix}_${label}_${Date.now()}_${randomBytes(2).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 2 });
    },
  };
}

/** `tsx db/cli.ts <command>` against `url`: what an operator runs (migrate, seed or both). */
export async function databaseCommand(
  url: string,
  command: 'setup' | 'migrate' | 'seed',
): Promise<void> {
  await run('npx', ['tsx', 'db/cli.ts', command], {
    env: { ...process.env, DATABASE_URL: url, SEED_STAFF_PASSWORD: STAFF_PASSWORD },
    maxBuffer: 10 * 1024 * 1024,
  });
}

/** A short-lived client for looking at what the database holds. */
export function inspect(url: string) {
  return postgres(url, { max: 2, onnotice: () => {} });
}

import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env, isDevelopment } from '@/lib/env';

let generated: string | undefined;

export const MISSING_SECRET =
  'AUTH_SECRET must be set (e.g. `openssl rand -base64 32`), the same on the app and `npm run worker`. ' +
  'Only `npm run dev` makes one up.';

/**
 * The server secret (session cookies, sealed values). Outside `npm run dev` it must come from
 * AUTH_SECRET: a process that made up its own would seal links nobody else can open. In
 * development a random one is made once and kept in .data/ so sessions survive restarts.
 */
export function authSecret(): string {
  const configured = env().AUTH_SECRET;
  if (configured) return configured;
  if (!isDevelopment()) throw new Error(MISSING_SECRET);
  if (generated) return generated;
  const file = path.join(process.cwd(), '.data', 'auth-secret');
  try {
    generated = readFileSync(file, 'utf8').trim();
  } catch {
    generated = randomBytes(32).toString('base64url');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, generated, { mode: 0o600 });
  }
  return generated;
}

/**
 * Start-up check for the app (instrumentation.ts) and `npm run worker`: the configuration parses
 * and a secret is there. Prints the reason and exits instead of serving with a broken setting.
 */
export function configurationOrExit(processName: string): void {
  try {
    env();
    authSecret();
  } catch (error) {
    console.error(`${processName} cannot start. ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/**
 * The server secret (signs session cookies). Production requires AUTH_SECRET; in development and
 * tests a random one is made once and kept in .data/ so sessions survive restarts.
 */
export function authSecret(): string {
  if (cached) return cached;
  if (process.env.AUTH_SECRET) return (cached = process.env.AUTH_SECRET);
  if (process.env.NODE_ENV === 'production' && !process.env.ALLOW_GENERATED_SECRET) {
    throw new Error('AUTH_SECRET must be set in production (e.g. `openssl rand -base64 32`).');
  }
  const file = path.join(process.cwd(), '.data', 'auth-secret');
  try {
    cached = readFileSync(file, 'utf8').trim();
  } catch {
    cached = randomBytes(32).toString('base64url');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, cached, { mode: 0o600 });
  }
  return cached;
}

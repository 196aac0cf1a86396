import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's minimum: 19 MiB memory, 2 iterations, 1 lane. `Algorithm.Argon2id` is 2. */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Unicode NFC (ASVS 2.3.1 / NIST 800-63B): "é" typed as one code point on one keyboard and as
 * "e" + a combining accent on another is the same password. Applied before hashing and checking.
 */
export function normalisePassword(password: string): string {
  return password.normalize('NFC');
}

export function hashPassword(password: string): Promise<string> {
  return hash(normalisePassword(password), ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalisePassword(password));
  } catch {
    return false;
  }
}

/** A readable random password for the demo staff the seed prints, e.g. `kite-7Qm2-vX9p-harbor`. */
export function generatePassword(): string {
  const raw = randomBytes(12).toString('base64url');
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12, 16)}`;
}

import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: the secret in a patient's manage link. */
export function newManageToken(): string {
  return randomBytes(32).toString('base64url');
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Whether a string could be a manage token; anything else is refused before touching the database. */
export function isWellFormedManageToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_SHAPE.test(token);
}

/**
 * Only this hash is stored. Looking a booking up by the hash of what the visitor sent means the
 * database compares hashes, so response timing says nothing about how close a guess was.
 */
export function hashManageToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

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

// Replays of a booking request must return the same manage link, yet the link must not sit in the
// database in the clear. The token is encrypted with a key derived from the idempotency key and
// the canonical request body (neither of which is stored; the table keeps only a SHA-256 of the
// body) mixed with a server secret when one is configured. Whoever can replay the exact request
// can read the token back, which is exactly who is entitled to it.
const VERSION = 'v1';

function sealingKey(idempotencyKey: string, canonicalRequest: string): Buffer {
  const secret = process.env.BOOKING_TOKEN_SECRET ?? process.env.AUTH_SECRET ?? '';
  return createHmac('sha256', secret)
    .update(`manage-token-seal\0${idempotencyKey}\0${canonicalRequest}`, 'utf8')
    .digest();
}

export function sealManageToken(
  token: string,
  idempotencyKey: string,
  canonicalRequest: string,
): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(idempotencyKey, canonicalRequest), iv);
  const ciphertext = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The token, or null when the request differs or the server secret changed since sealing. */
export function openManageToken(
  sealed: string,
  idempotencyKey: string,
  canonicalRequest: string,
): string | null {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      sealingKey(idempotencyKey, canonicalRequest),
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  }
}

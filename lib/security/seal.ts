import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';
import { authSecret } from './secret';

/**
 * AES-256-GCM for values the server must read back later (an authenticator app's shared secret,
 * a link waiting in the outbox, a manage token kept for idempotent replays). Every sealed value is
 * `<version>.<iv>.<tag>.<ciphertext>` (base64url); `bound` is authenticated data (e.g. the owner's
 * id), so a sealed value copied onto another row does not open. Changing AUTH_SECRET makes every
 * sealed value unreadable.
 *
 * Three key derivations are in use, each with its own version tag, so values sealed before this
 * module took over every job still open (lib/security/seal.test.ts holds one of each):
 * `s1` per purpose, `o1` outbox manage links, `v1` manage tokens for replays (keyed also by the
 * request itself, and by BOOKING_TOKEN_SECRET when set).
 */
interface SealKey {
  version: string;
  key: Buffer;
}

function derive(secret: string, label: string): Buffer {
  return createHmac('sha256', secret).update(label, 'utf8').digest();
}

const keys = {
  purpose: (purpose: string): SealKey => ({
    version: 's1',
    key: derive(authSecret(), `seal\0${purpose}\0v1`),
  }),
  outboxManageLink: (): SealKey => ({
    version: 'o1',
    key: derive(authSecret(), 'outbox-manage-link\0v1'),
  }),
  replayManageToken: (idempotencyKey: string, canonicalRequest: string): SealKey => ({
    version: 'v1',
    key: derive(
      env().BOOKING_TOKEN_SECRET ?? authSecret(),
      `manage-token-seal\0${idempotencyKey}\0${canonicalRequest}`,
    ),
  }),
};

function sealWith({ version, key }: SealKey, plain: string, bound: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(bound, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [version, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

function openWith({ version: expected, key }: SealKey, sealed: string, bound: string) {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== expected || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(bound, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  }
}

export function seal(purpose: string, plain: string, bound: string): string {
  return sealWith(keys.purpose(purpose), plain, bound);
}

/** The plain value, or null when it was sealed for something else or under another secret. */
export function unseal(purpose: string, sealed: string, bound: string): string | null {
  return openWith(keys.purpose(purpose), sealed, bound);
}

/** A manage token in an outbox message, bound to its appointment; the worker opens it to send. */
export function sealManageLink(token: string, appointmentId: string): string {
  return sealWith(keys.outboxManageLink(), token, appointmentId);
}

export function openManageLink(sealed: string, appointmentId: string): string | null {
  return openWith(keys.outboxManageLink(), sealed, appointmentId);
}

/**
 * A manage token kept for replays of the booking request that made it. The key comes from the
 * idempotency key and the canonical request (neither is stored), so only whoever can replay the
 * exact request can read the token back — exactly who is entitled to it.
 */
export function sealManageToken(token: string, idempotencyKey: string, canonicalRequest: string) {
  return sealWith(keys.replayManageToken(idempotencyKey, canonicalRequest), token, '');
}

/** The token, or null when the request differs or the server secret changed since sealing. */
export function openManageToken(sealed: string, idempotencyKey: string, canonicalRequest: string) {
  return openWith(keys.replayManageToken(idempotencyKey, canonicalRequest), sealed, '');
}

/** A keyed hash for names and signatures (device cookies): HMAC-SHA256 under AUTH_SECRET. */
export function keyedHash(purpose: string, value: string): string {
  return createHmac('sha256', keys.purpose(purpose).key).update(value, 'utf8').digest('base64url');
}

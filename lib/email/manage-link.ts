import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { absoluteUrl } from '@/lib/content/site-url';
import { authSecret } from '@/lib/security/secret';
import { escapeHtml } from './html';
import { MANAGE_URL_PLACEHOLDER } from './templates/layout';

/**
 * A patient's manage token exists in the clear only in the booking request that made it; the
 * database keeps its hash. Messages that carry the link (confirmation, reschedule, reminder) keep
 * the token sealed with AES-256-GCM under a key derived from the server secret, bound to the
 * appointment id (as associated data, so a sealed token copied onto another appointment's row
 * does not open). The worker opens it just before sending.
 */
const VERSION = 'o1';

function key(): Buffer {
  return createHmac('sha256', authSecret()).update('outbox-manage-link\0v1', 'utf8').digest();
}

export function sealManageLink(token: string, appointmentId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  cipher.setAAD(Buffer.from(appointmentId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [
    VERSION,
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    ciphertext.toString('base64url'),
  ].join('.');
}

/** The token, or null when it was sealed for another appointment or under another secret. */
export function openManageLink(sealed: string, appointmentId: string): string | null {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(appointmentId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  }
}

export function manageUrl(token: string): string {
  return absoluteUrl(`/book/manage/${encodeURIComponent(token)}`);
}

/** The stored text and HTML with the placeholder replaced (HTML-escaped in the HTML part). */
export function fillManageLink(
  parts: { text: string; html: string },
  url: string,
): { text: string; html: string } {
  return {
    text: parts.text.split(MANAGE_URL_PLACEHOLDER).join(url),
    html: parts.html.split(MANAGE_URL_PLACEHOLDER).join(escapeHtml(url)),
  };
}

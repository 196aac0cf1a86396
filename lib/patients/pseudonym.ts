import { createHmac } from 'node:crypto';
import { authSecret } from '@/lib/security/secret';

let cachedKey: Buffer | undefined;
let keyFrom: string | undefined;

/** A key of its own for pseudonyms, derived from the server secret (never the secret itself). */
function pseudonymKey(): Buffer {
  const secret = authSecret();
  if (!cachedKey || keyFrom !== secret) {
    cachedKey = createHmac('sha256', secret).update('patient-pseudonym\0v1', 'utf8').digest();
    keyFrom = secret;
  }
  return cachedKey;
}

/**
 * What the audit log says instead of an erased patient's id: stable (every entry about one patient
 * gets the same value, so the history still reads as one person's) but not reversible without the
 * server secret. 24 hex characters = 96 bits.
 */
export function patientPseudonym(patientId: string): string {
  const mac = createHmac('sha256', pseudonymKey()).update(patientId.toLowerCase(), 'utf8');
  return `pseud_${mac.digest('hex').slice(0, 24)}`;
}

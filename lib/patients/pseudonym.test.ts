import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authSecret } from '@/lib/security/secret';
import { patientPseudonym } from './pseudonym';

const ID = '7d3f1c8e-2b4a-4f6e-9a1b-3c5d7e9f1a2b';

describe('patient pseudonym', () => {
  it('is pseud_ and 24 hex characters, the same every time for one patient', () => {
    expect(patientPseudonym(ID)).toMatch(/^pseud_[0-9a-f]{24}$/);
    expect(patientPseudonym(ID)).toBe(patientPseudonym(ID.toUpperCase()));
    expect(patientPseudonym(ID)).not.toBe(patientPseudonym('7d3f1c8e-2b4a-4f6e-9a1b-3c5d7e9f1a2c'));
  });

  it('is keyed: neither a plain hash of the id nor an HMAC under the raw secret', () => {
    const value = patientPseudonym(ID).slice('pseud_'.length);
    const plain = createHmac('sha256', '').update(ID).digest('hex').slice(0, 24);
    const rawSecret = createHmac('sha256', authSecret()).update(ID).digest('hex').slice(0, 24);
    expect(value).not.toBe(plain);
    expect(value).not.toBe(rawSecret);
  });
});

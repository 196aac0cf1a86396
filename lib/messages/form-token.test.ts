import { describe, expect, it } from 'vitest';
import { checkFormToken, issueFormToken } from './form-token';

describe('signed form timestamps', () => {
  const shown = new Date('2030-03-01T10:00:00Z');
  const later = (ms: number) => new Date(shown.getTime() + ms);

  it('accepts a form sent a few seconds after it was shown', () => {
    expect(checkFormToken('callback', issueFormToken('callback', shown), later(5_000))).toBe('ok');
  });

  it('refuses a form sent too quickly, and one kept open for more than a day', () => {
    const token = issueFormToken('callback', shown);
    expect(checkFormToken('callback', token, later(500))).toBe('too_fast');
    expect(checkFormToken('callback', token, later(25 * 3_600_000))).toBe('expired');
  });

  it('refuses forged, altered or other-purpose stamps', () => {
    const token = issueFormToken('callback', shown);
    const [time, mac] = token.split('.');
    expect(checkFormToken('callback', `${Number(time) - 60_000}.${mac}`, later(5_000))).toBe(
      'invalid',
    );
    expect(checkFormToken('question', token, later(5_000))).toBe('invalid');
    expect(checkFormToken('callback', 'nonsense', later(5_000))).toBe('invalid');
    expect(checkFormToken('callback', '', later(5_000))).toBe('invalid');
  });
});

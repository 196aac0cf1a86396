import { describe, expect, it } from 'vitest';
import { displayPhone, phoneDigits, toE164 } from './phone';

describe('phone numbers in one format', () => {
  it('stores every way of typing one US number as the same E.164', () => {
    for (const typed of [
      '(503) 555-0121',
      '503 555 0121',
      '5035550121',
      '+1 503-555-0121',
      '1-503-555-0121',
    ])
      expect(toE164(typed)).toBe('+15035550121');
  });
  it('keeps other countries and what it can’t read', () => {
    expect(toE164('+44 20 7946 0958')).toBe('+442079460958');
    expect(toE164(' 12 ')).toBe('12');
  });
  it('shows the clinic’s numbers nationally and others internationally', () => {
    expect(displayPhone('+15035550121')).toBe('(503) 555-0121');
    expect(displayPhone('+442079460958')).toBe('+44 20 7946 0958');
    expect(displayPhone('ext 12')).toBe('ext 12');
  });
  it('searches by digits', () => {
    expect(phoneDigits('(503) 555-0121')).toBe('5035550121');
  });
});

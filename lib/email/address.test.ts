import { describe, expect, it } from 'vitest';
import { assertRecipient, safeRecipient, UnsafeRecipientError } from './address';

describe('recipient addresses', () => {
  it('accepts one plain address', () => {
    expect(safeRecipient('robin.runner+clinic@example.com')).toBe(
      'robin.runner+clinic@example.com',
    );
  });

  it.each([
    ['a header injected after a line break', 'a@b.com\r\nBcc: x@y.com'],
    ['a bare line feed', 'a@b.com\nBcc: x@y.com'],
    ['a list with a comma', 'a@b.com, c@d.com'],
    ['a list with a semicolon', 'a@b.com;c@d.com'],
    ['a display name', 'Robin <a@b.com>'],
    ['a quoted local part', '"a,b"@example.com'],
    ['a comment', 'a@b.com (Robin)'],
    ['a tab', 'a@b.com\tx'],
    ['a NUL byte', 'a@b.com\u0000'],
    ['no domain', 'robin@'],
    ['not a string', 42],
    ['far too long', `${'a'.repeat(250)}@b.com`],
  ])('refuses %s', (_label, value) => {
    expect(safeRecipient(value)).toBeNull();
    expect(() => assertRecipient(value)).toThrow(UnsafeRecipientError);
  });

  it('never repairs input: surrounding space is refused, not trimmed', () => {
    expect(safeRecipient(' a@b.com')).toBeNull();
  });
});

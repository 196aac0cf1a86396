import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom } from './field-errors';

describe('fieldErrorsFrom', () => {
  const schema = z
    .object({
      patient: z.object({ email: z.email('Bad e-mail.'), tags: z.array(z.string()) }).strict(),
    })
    .strict();

  it('keys messages by dotted path and puts unknown top-level keys in the form error', () => {
    const result = schema.safeParse(
      JSON.parse('{"__proto__":{"x":1},"patient":{"email":"no","tags":[1]}}'),
    );
    if (result.success) throw new Error('expected failure');
    const { fieldErrors, formError } = fieldErrorsFrom(result.error);
    expect(fieldErrors).toEqual({
      'patient.email': ['Bad e-mail.'],
      'patient.tags.0': [expect.any(String)],
    });
    expect(formError).toMatch(/__proto__/);
    expect(Object.getPrototypeOf(fieldErrors)).toBe(Object.prototype);
  });

  it('has no form error when every issue has a field', () => {
    const result = schema.safeParse({ patient: { email: 'no', tags: [] } });
    if (result.success) throw new Error('expected failure');
    expect(fieldErrorsFrom(result.error)).toEqual({
      fieldErrors: { 'patient.email': ['Bad e-mail.'] },
    });
  });
});

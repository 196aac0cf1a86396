import { z } from './zod';

const LIKE = 'Enter an e-mail address like name@example.com.';

/** The one e-mail field of every form: trimmed, lower-cased, at most 254 characters. */
export function emailField(message = LIKE) {
  return z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'That e-mail address is too long.')
    .pipe(z.email(message));
}

/** The same field where it may be left empty (then ''). */
export function optionalEmailField(message = LIKE) {
  return z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'That e-mail address is too long.')
    .pipe(z.union([z.literal(''), z.email(message)]));
}

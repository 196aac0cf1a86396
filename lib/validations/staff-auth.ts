import { newPasswordSchema } from './staff-accounts';
import { UUID } from './fields';
import { z } from './zod';
import { emailField } from './email';

/** The sign-in's second step: six digits from the app, or a recovery code. */
export const signInCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Enter the code from your authenticator app.')
    .max(40, 'That is not a code from your app or a recovery code.')
    .regex(
      /^(?:\d{3} ?\d{3}|[a-z2-7]{4}(?:-?[a-z2-7]{4}){3})$/i,
      'Enter the 6 digits from your app, or a recovery code like abcd-efgh-ijkl-mnop.',
    ),
});

/** First set-up of an app: only a code from the app confirms it. */
export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3} ?\d{3}$/, 'Enter the 6 digits your authenticator app shows.'),
});

export const forgotPasswordSchema = z.object({
  email: emailField('Enter your work e-mail address.'),
});

export const setPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This link is not complete.'),
    password: newPasswordSchema,
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, {
    path: ['confirm'],
    message: 'The two passwords are not the same.',
  });

export const sessionRefSchema = z.object({ sessionId: z.string().regex(UUID, 'Unknown session.') });

export type SetPasswordInput = z.input<typeof setPasswordSchema>;

export const signInSchema = z.object({
  email: emailField('Enter your work e-mail address.'),
  // Long passphrases are welcome and used whole; the cap only stops multi-megabyte bodies.
  password: z.string().min(1, 'Enter your password.').max(1024, 'That password is too long.'),
});

import { z } from '@/lib/validations/zod';
import { emailField } from '@/lib/validations/email';

export const signInSchema = z.object({
  email: emailField('Enter your work e-mail address.'),
  // Long passphrases are welcome and used whole; the cap only stops multi-megabyte bodies.
  password: z.string().min(1, 'Enter your password.').max(1024, 'That password is too long.'),
});

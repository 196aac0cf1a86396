import { z } from '@/lib/validations/zod';

/**
 * One bare address and nothing else. zod's e-mail rule already refuses most of it; the explicit
 * character test states the reason: a line break could add a header (Bcc:), and a comma,
 * semicolon, angle bracket or quote could turn one recipient into a list or a display name.
 */
const FORBIDDEN = /[\s\p{Cc},;<>"()\\]/u;

export const recipientSchema = z
  .string()
  .max(254)
  .refine((value) => !FORBIDDEN.test(value), 'Only one plain e-mail address is allowed.')
  .pipe(z.email());

/** The address when it is exactly one safe address, else null. Never trims or repairs input. */
export function safeRecipient(value: unknown): string | null {
  const parsed = recipientSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export class UnsafeRecipientError extends Error {
  constructor() {
    super('refused recipient: not exactly one plain e-mail address');
    this.name = 'UnsafeRecipientError';
  }
}

export function assertRecipient(value: unknown): string {
  const safe = safeRecipient(value);
  if (!safe) throw new UnsafeRecipientError();
  return safe;
}

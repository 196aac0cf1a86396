import { z } from './zod';
import { optionalEmailField } from './email';

/** "Ask a question about this article": zodResolver in the browser, safeParse on the server. */

export const QUESTION_MIN = 10;
export const QUESTION_MAX = 1000;

export const articleQuestionSchema = z.object({
  /** Which article the question is about; checked against the published library on the server. */
  articleSlug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Unknown article.')
    .max(200),
  question: z
    .string()
    .trim()
    .min(QUESTION_MIN, `Write at least ${QUESTION_MIN} characters.`)
    .max(QUESTION_MAX, 'Keep your question under 1,000 characters.'),
  name: z.string().trim().max(80, 'Use at most 80 characters.'),
  email: optionalEmailField('Enter an e-mail address like name@example.com, or leave it empty.'),
  consent: z.literal(true, {
    error: 'Please agree so we can store your question and may publish it with an answer.',
  }),
  /** Honeypot: hidden from people, filled in by form-filling bots. */
  website: z.string().max(500),
  /** Signed time the form was shown (lib/messages/form-token.ts). */
  formToken: z.string().max(200),
});

export type ArticleQuestionInput = z.input<typeof articleQuestionSchema>;
export type ArticleQuestionValues = z.output<typeof articleQuestionSchema>;

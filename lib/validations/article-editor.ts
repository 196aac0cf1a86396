import { referenceLineProblem } from '@/lib/content/references';
import { linesOf } from './lines';
import { UUID } from './fields';
import { z } from './zod';

/** The staff article editor and the reader-question moderation forms. */

const uuid = z.string().regex(UUID, 'Unknown record.');
const optionalUuid = z.union([z.literal(''), uuid]);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const ARTICLE_TOPICS = ['causes', 'relief', 'exercises', 'prevention', 'treatment'] as const;

export const articleSchema = z
  .object({
    /** '' creates a new draft. */
    id: optionalUuid,
    slug: z
      .string()
      .trim()
      .regex(SLUG, 'Use lower-case letters, digits and single hyphens.')
      .max(100, 'Keep the slug under 100 characters.'),
    title: z
      .string()
      .trim()
      .min(5, 'Give the article a title.')
      .max(160, 'Keep the title under 160 characters.'),
    description: z
      .string()
      .trim()
      .min(20, 'Write a one- or two-sentence description (at least 20 characters).')
      .max(300, 'Keep the description under 300 characters.'),
    topic: z.enum(ARTICLE_TOPICS, { error: 'Choose a topic.' }),
    bodyMarkdown: z.string().min(1, 'Write the article.').max(100_000, 'The article is too long.'),
    authorId: uuid,
    reviewedById: optionalUuid,
    therapyId: optionalUuid,
    takeaways: z.string().max(4000),
    references: z.string().max(10_000),
    related: z.string().max(2000),
  })
  .superRefine((v, ctx) => {
    if (v.reviewedById && v.reviewedById === v.authorId)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewedById'],
        message: 'The medical reviewer must be someone other than the author.',
      });
    linesOf(v.references).forEach((line, i) => {
      const problem = referenceLineProblem(line);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          path: ['references'],
          message: `Reference ${i + 1} ${problem}.`,
        });
    });
    for (const slug of linesOf(v.related)) {
      if (!SLUG.test(slug))
        ctx.addIssue({
          code: 'custom',
          path: ['related'],
          message: `“${slug.slice(0, 40)}” is not an article slug.`,
        });
      if (slug === v.slug)
        ctx.addIssue({
          code: 'custom',
          path: ['related'],
          message: 'An article can’t be related to itself.',
        });
    }
  });

export const previewSchema = z.object({
  markdown: z.string().max(100_000),
  /** How many reference lines the form has, so `[^n]` notes link in the preview too. */
  referenceCount: z.number().int().min(0).max(200),
});

export const answerQuestionSchema = z.object({
  questionId: uuid,
  answer: z
    .string()
    .trim()
    .min(2, 'Write an answer.')
    .max(4000, 'Keep the answer under 4,000 characters.'),
});
export const moderateQuestionSchema = z.object({
  questionId: uuid,
  decision: z.enum(['publish', 'unpublish', 'reject']),
});

export type ArticleInput = z.input<typeof articleSchema>;
export type ArticleValues = z.output<typeof articleSchema>;
export type AnswerQuestionInput = z.input<typeof answerQuestionSchema>;

/** Publishing or withdrawing an article. */
export const articlePublishSchema = z.object({ articleId: z.uuid(), publish: z.boolean() });

/** An action on one article by id (recording a review). */
export const articleRefSchema = z.object({ articleId: z.uuid() });

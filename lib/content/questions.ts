import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { db } from '@/db';
import { getPublicArticleId, listPublishedArticleQuestions } from '@/db/queries/article-questions';
import { articleQuestions } from '@/db/schema/articles';
import { fail, fieldErrorsOf, type ActionResult } from '@/lib/actions/result';
import { logger } from '@/lib/logger';
import { checkFormToken, issueFormToken } from '@/lib/messages/form-token';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { articleQuestionSchema } from '@/lib/validations/article-question';
import { ARTICLES_TAG } from './articles';
import { env } from '@/lib/env';

export const ARTICLE_QUESTION_FORM = 'article-question';
export const QUESTIONS_MAX_PER_HOUR = env().ARTICLE_QUESTIONS_MAX_PER_HOUR;

/** A failed submit may carry a fresh form stamp, so the reader can send again without reloading. */
export type AskQuestionResult = ActionResult<undefined> & { freshToken?: string };

export interface PublicQuestion {
  id: string;
  question: string;
  answer: string;
  /** The asker's first name, or null: their full name and e-mail never reach the page. */
  askedBy: string | null;
  publishedAt: string;
}

/** "Sam" from "Sam O'Neill"; null when no name was given. */
export function firstNameOf(name: string | null): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first.slice(0, 40) : null;
}

/**
 * A reader asks a question about a published article. Same order as the call-back form: the
 * shared schema, then the per-address limit (bots filling the honeypot still use up their quota),
 * then the honeypot and the signed fill-time stamp, then one insert with status 'new'. Nothing is
 * public until staff answer and publish it.
 */
export async function submitArticleQuestion(
  input: unknown,
  context: { address: string; now?: Date },
): Promise<AskQuestionResult> {
  const now = context.now ?? new Date();
  const parsed = articleQuestionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const values = parsed.data;

  const limit = await hitRateLimit(
    'article-question:address',
    context.address,
    QUESTIONS_MAX_PER_HOUR,
    3600,
    { now },
  );
  if (!limit.allowed) {
    logger.warn('article question throttled');
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return fail(
      `We have had several questions from your connection. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
  }

  // Honeypot filled: answer like a success so the bot learns nothing, and store nothing.
  if (values.website.trim() !== '') {
    logger.info('article question dropped', { reason: 'honeypot' });
    return { ok: true, data: undefined };
  }
  const stamp = checkFormToken(ARTICLE_QUESTION_FORM, values.formToken, now);
  if (stamp === 'too_fast') {
    return fail('That was very quick. Please check your question, then send it again.');
  }
  if (stamp !== 'ok') {
    return {
      ok: false,
      formError:
        'This form had been open for a long time. Please check your question and send it again.',
      freshToken: issueFormToken(ARTICLE_QUESTION_FORM, now),
    };
  }

  const articleId = await getPublicArticleId(values.articleSlug);
  if (!articleId) {
    return fail('This article is no longer available for questions.');
  }
  const [row] = await db
    .insert(articleQuestions)
    .values({
      articleId,
      question: values.question,
      name: values.name || null,
      email: values.email || null,
      consentAt: now,
      createdAt: now,
    })
    .returning({ id: articleQuestions.id });
  logger.info('article question received', { articleQuestionId: row!.id });
  return { ok: true, data: undefined };
}

/** Published questions and answers for one article, as plain text, oldest first. */
export async function loadPublicQuestions(slug: string): Promise<PublicQuestion[]> {
  const rows = await listPublishedArticleQuestions(slug);
  return rows.map(({ name, ...row }) => ({ ...row, askedBy: firstNameOf(name) }));
}

// Tagged with the library: moderation calls revalidateArticles(slug), which expires it at once.
const cachedQuestions = unstable_cache(loadPublicQuestions, ['articles:questions'], {
  tags: [ARTICLES_TAG],
  revalidate: 3600,
});

export const getPublicQuestions = cache((slug: string) => cachedQuestions(slug));

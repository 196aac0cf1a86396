import 'server-only';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { db } from '@/db';
import { articleQuestions, articles } from '@/db/schema/articles';

/** Public reads of readers' questions: only published ones, and never the e-mail address. */

export interface PublishedQuestion {
  id: string;
  question: string;
  /** Whatever the reader typed as their name; the page shows the first name only. */
  name: string | null;
  answer: string;
  publishedAt: string;
}

/** The id of a published article, or null (unknown, draft or scheduled). */
export async function getPublicArticleId(slug: string): Promise<string | null> {
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        eq(articles.slug, slug),
        eq(articles.status, 'published'),
        lte(articles.publishedAt, sql`now()`),
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

/** Published questions with their answers for one article, oldest first. */
export async function listPublishedArticleQuestions(slug: string): Promise<PublishedQuestion[]> {
  const rows = await db
    .select({
      id: articleQuestions.id,
      question: articleQuestions.question,
      name: articleQuestions.name,
      answer: articleQuestions.answer,
      publishedAt: articleQuestions.publishedAt,
    })
    .from(articleQuestions)
    .innerJoin(articles, eq(articles.id, articleQuestions.articleId))
    .where(and(eq(articles.slug, slug), eq(articleQuestions.status, 'published')))
    .orderBy(asc(articleQuestions.publishedAt), asc(articleQuestions.id));
  // Published rows always have an answer and a date (article_questions_answered, _published_has_date).
  return rows.flatMap((r) =>
    r.answer && r.publishedAt
      ? [{ ...r, answer: r.answer, publishedAt: r.publishedAt.toISOString() }]
      : [],
  );
}

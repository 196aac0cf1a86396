import 'server-only';
import { and, asc, count, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '@/db';
import { practitioners, services } from '@/db/schema';
import { articles, type ArticleTopic } from '@/db/schema/articles';
import { headlineOptions } from './headline';

/*
 * Public reads of the article library. Every function here returns only published articles
 * (status 'published' and published_at in the past) and plain JSON-safe values (ISO date strings),
 * so results can sit in Next's data cache unchanged.
 */

export interface ArticleSummary {
  slug: string;
  title: string;
  description: string;
  topic: ArticleTopic;
  publishedAt: string;
  updatedAt: string;
  readingMinutes: number;
}

export interface ArticleSearchHit extends ArticleSummary {
  /** Title and body excerpt with matches between the HIGHLIGHT_START/STOP sentinels. */
  titleHighlight: string;
  excerptHighlight: string;
}

export interface PersonRef {
  slug: string;
  name: string;
  title: string;
}

export interface ArticleDetail extends ArticleSummary {
  bodyMarkdown: string;
  author: PersonRef;
  reviewer: PersonRef | null;
  reviewedAt: string | null;
  /** The therapy the article leads to, when it is bookable. */
  therapy: { slug: string; name: string } | null;
  takeaways: string[];
  related: string[];
  references: string[];
}

export interface ArticleIndexEntry {
  slug: string;
  title: string;
  description: string;
  topic: ArticleTopic;
  authorName: string;
  publishedAt: string;
  updatedAt: string;
}

const isPublic = (): SQL =>
  and(eq(articles.status, 'published'), lte(articles.publishedAt, sql`now()`))!;

/** Minutes at about 220 words a minute, counted on the Markdown source; never less than one. */
const readingMinutes = sql<number>`greatest(1, round(coalesce(array_length(regexp_split_to_array(btrim(${articles.bodyMarkdown}), '\\s+'), 1), 0) / 220.0))::int`;

const summaryColumns = {
  slug: articles.slug,
  title: articles.title,
  description: articles.description,
  topic: articles.topic,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  readingMinutes,
};

interface SummaryRow {
  slug: string;
  title: string;
  description: string;
  topic: ArticleTopic;
  publishedAt: Date | null;
  updatedAt: Date;
  readingMinutes: number;
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    topic: row.topic,
    // Public rows always have one (articles_published_has_date).
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    readingMinutes: Number(row.readingMinutes),
  };
}

const newestFirst = [desc(articles.publishedAt), asc(articles.slug)];

/** Published articles per topic, for the filter and for validating `?page=`. */
export async function countPublishedArticles(): Promise<{
  total: number;
  byTopic: Record<ArticleTopic, number>;
}> {
  const rows = await db
    .select({ topic: articles.topic, n: count() })
    .from(articles)
    .where(isPublic())
    .groupBy(articles.topic);
  const byTopic: Record<ArticleTopic, number> = {
    causes: 0,
    relief: 0,
    exercises: 0,
    prevention: 0,
    treatment: 0,
  };
  for (const row of rows) byTopic[row.topic] = Number(row.n);
  return { total: rows.reduce((sum, r) => sum + Number(r.n), 0), byTopic };
}

export async function listPublishedArticles(options: {
  topic?: ArticleTopic | null;
  limit: number;
  offset?: number;
}): Promise<ArticleSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(articles)
    .where(and(isPublic(), options.topic ? eq(articles.topic, options.topic) : undefined))
    .orderBy(...newestFirst)
    .limit(options.limit)
    .offset(options.offset ?? 0);
  return rows.map(toSummary);
}

/**
 * Full-text search (websearch syntax: words, "quoted phrases", -exclusions), best match first.
 * Title matches weigh most (A), then the description (B), then the body (C).
 */
export async function searchPublishedArticles(options: {
  q: string;
  topic?: ArticleTopic | null;
  limit: number;
  offset?: number;
}): Promise<{ total: number; items: ArticleSearchHit[] }> {
  const query = sql`websearch_to_tsquery('english', ${options.q})`;
  const where = and(
    isPublic(),
    sql`${articles.search} @@ ${query}`,
    options.topic ? eq(articles.topic, options.topic) : undefined,
  );
  const rank = sql<number>`ts_rank(${articles.search}, ${query})`;
  // Rank and cut the page first; ts_headline (slow on long bodies) then runs on that page only.
  const page = db
    .select({ id: articles.id, rank: rank.as('rank') })
    .from(articles)
    .where(where)
    .orderBy(desc(rank), ...newestFirst)
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .as('page');
  const titleOptions = headlineOptions({ HighlightAll: true });
  const excerptOptions = headlineOptions({
    MaxFragments: 2,
    MaxWords: 24,
    MinWords: 12,
    FragmentDelimiter: '" … "',
  });

  const [totals, rows] = await Promise.all([
    db.select({ n: count() }).from(articles).where(where),
    db
      .select({
        ...summaryColumns,
        titleHighlight: sql<string>`ts_headline('english', ${articles.title}, ${query}, ${titleOptions})`,
        excerptHighlight: sql<string>`ts_headline('english', ${articles.bodyMarkdown}, ${query}, ${excerptOptions})`,
      })
      .from(page)
      .innerJoin(articles, eq(articles.id, page.id))
      .orderBy(desc(page.rank), ...newestFirst),
  ]);
  return {
    total: Number(totals[0]?.n ?? 0),
    items: rows.map((row) => ({
      ...toSummary(row),
      titleHighlight: row.titleHighlight,
      excerptHighlight: row.excerptHighlight,
    })),
  };
}

const reviewers = alias(practitioners, 'reviewers');

/** One published article with its people and therapy, or null (unknown, draft or scheduled). */
export async function getPublishedArticle(slug: string): Promise<ArticleDetail | null> {
  const [row] = await db
    .select({
      ...summaryColumns,
      bodyMarkdown: articles.bodyMarkdown,
      reviewedAt: articles.reviewedAt,
      takeaways: articles.takeaways,
      related: articles.related,
      references: articles.references,
      author: { slug: practitioners.slug, name: practitioners.name, title: practitioners.title },
      reviewer: { slug: reviewers.slug, name: reviewers.name, title: reviewers.title },
      therapy: { slug: services.slug, name: services.name },
    })
    .from(articles)
    .innerJoin(practitioners, eq(practitioners.id, articles.authorId))
    .leftJoin(reviewers, eq(reviewers.id, articles.reviewedById))
    .leftJoin(services, and(eq(services.id, articles.therapyId), eq(services.active, true)))
    .where(and(isPublic(), eq(articles.slug, slug)))
    .limit(1);
  if (!row) return null;
  return {
    ...toSummary(row),
    bodyMarkdown: row.bodyMarkdown,
    author: row.author,
    reviewer: row.reviewer,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    therapy: row.therapy,
    takeaways: row.takeaways,
    related: row.related,
    references: row.references,
  };
}

/** Published articles with these slugs, in the order given; unknown and unpublished ones are skipped. */
export async function listPublishedArticlesBySlugs(
  slugs: readonly string[],
): Promise<ArticleSummary[]> {
  if (slugs.length === 0) return [];
  const rows = await db
    .select(summaryColumns)
    .from(articles)
    .where(and(isPublic(), inArray(articles.slug, [...slugs])));
  const bySlug = new Map(rows.map((r) => [r.slug, toSummary(r)]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}

/** The newest articles linked to a therapy (by the therapy's slug). */
export async function listPublishedArticlesForService(
  serviceSlug: string,
  limit: number,
): Promise<ArticleSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(services, eq(services.id, articles.therapyId))
    .where(and(isPublic(), eq(services.slug, serviceSlug)))
    .orderBy(...newestFirst)
    .limit(limit);
  return rows.map(toSummary);
}

/** Every published article, newest first: for the sitemap, the RSS feed and slug look-ups. */
export async function listPublishedArticleIndex(): Promise<ArticleIndexEntry[]> {
  const rows = await db
    .select({
      slug: articles.slug,
      title: articles.title,
      description: articles.description,
      topic: articles.topic,
      authorName: practitioners.name,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .innerJoin(practitioners, eq(practitioners.id, articles.authorId))
    .where(isPublic())
    .orderBy(...newestFirst);
  return rows.map((r) => ({
    ...r,
    publishedAt: (r.publishedAt ?? r.updatedAt).toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import {
  countPublishedArticles,
  listPublishedArticleIndex,
  listPublishedArticles,
  listPublishedArticlesForService,
  searchPublishedArticles,
  type ArticleSearchHit,
  type ArticleSummary,
} from '@/db/queries/articles';
import { getClinicTimeZone } from '@/db/queries/clinic';
import type { ArticleTopic } from '@/db/schema/articles';
import { loadArticleView } from './article-view';

/**
 * Cached reads for the public library. Entries carry the `articles` tag, which
 * revalidateArticles() (lib/content/revalidate.ts) expires when staff publish or edit; the hourly
 * revalidation only catches changes made behind the app's back (and scheduled articles going live).
 * Cache keys are only ever real slugs, topics and in-range page numbers, so requests for made-up
 * URLs cannot fill the cache. Search is not cached: every query would be a new entry.
 */
export const ARTICLES_TAG = 'articles';
export const ARTICLES_PAGE_SIZE = 6;

const options = { tags: [ARTICLES_TAG], revalidate: 3600 };

const cachedIndex = unstable_cache(listPublishedArticleIndex, ['articles:index'], options);
const cachedCounts = unstable_cache(countPublishedArticles, ['articles:counts'], options);
const cachedTimeZone = unstable_cache(getClinicTimeZone, ['articles:time-zone'], options);
const cachedPage = unstable_cache(
  (topic: ArticleTopic | null, page: number, pageSize: number) =>
    listPublishedArticles({ topic, limit: pageSize, offset: (page - 1) * pageSize }),
  ['articles:page'],
  options,
);
// v2: the view gained rendered references and the FAQ; entries cached by an older build don't have them.
const cachedView = unstable_cache(loadArticleView, ['articles:view:v2'], options);
const cachedForService = unstable_cache(
  listPublishedArticlesForService,
  ['articles:for-service'],
  options,
);

/** Every published article (slug, title, dates, author), newest first. */
export const getArticleIndex = cache(() => cachedIndex());

export const getArticleTimeZone = cache(() => cachedTimeZone());

export const getArticleCounts = cache(() => cachedCounts());

/** The article page's data, or null for anything that isn't a published article. */
export const getArticleView = cache(async (slug: string) => {
  const index = await getArticleIndex();
  if (!index.some((entry) => entry.slug === slug)) return null;
  return cachedView(slug);
});

export interface ArticleListing<T extends ArticleSummary = ArticleSummary> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

/** One page of the library, optionally one topic; null when the page doesn't exist. */
export async function getArticleListing(
  topic: ArticleTopic | null,
  page: number,
): Promise<ArticleListing | null> {
  const counts = await getArticleCounts();
  const total = topic ? counts.byTopic[topic] : counts.total;
  const pageCount = Math.max(1, Math.ceil(total / ARTICLES_PAGE_SIZE));
  if (!Number.isSafeInteger(page) || page < 1 || page > pageCount) return null;
  const items = total === 0 ? [] : await cachedPage(topic, page, ARTICLES_PAGE_SIZE);
  return { items, total, page, pageCount };
}

/** Full-text search over published articles (live, not cached). */
export async function searchArticles(
  q: string,
  topic: ArticleTopic | null,
  page: number,
): Promise<ArticleListing<ArticleSearchHit>> {
  const { total, items } = await searchPublishedArticles({
    q,
    topic,
    limit: ARTICLES_PAGE_SIZE,
    offset: (page - 1) * ARTICLES_PAGE_SIZE,
  });
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / ARTICLES_PAGE_SIZE)) };
}

/** The newest published articles. */
export async function getLatestArticles(limit = 3): Promise<ArticleSummary[]> {
  return cachedPage(null, 1, Math.min(Math.max(1, Math.trunc(limit)), 12));
}

/** Published articles that lead to one therapy, newest first. */
export async function getArticlesForService(
  serviceSlug: string,
  limit = 3,
): Promise<ArticleSummary[]> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(serviceSlug)) return [];
  return cachedForService(serviceSlug, limit);
}

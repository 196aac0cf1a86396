import type { ArticleTopic } from '@/db/schema/articles';
import { articlesHref } from './links';
import { isArticleTopic } from './topics';

export interface IndexParams {
  q: string;
  topic: ArticleTopic | null;
  page: number;
}

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** `/articles` query string → validated filters. Unknown topics are ignored; bad pages mean page 1. */
export function parseIndexParams(params: SearchParams): IndexParams {
  const q = (first(params.q) ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  const topic = first(params.topic);
  const pageText = first(params.page) ?? '1';
  const page = /^\d{1,6}$/.test(pageText) ? Math.max(1, Number(pageText)) : 1;
  return { q, topic: isArticleTopic(topic) ? topic : null, page };
}

/** The N of /articles/page/N: a page number as written in a canonical link, else null (a 404). */
export function pathPageNumber(text: string): number | null {
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;
}

/**
 * What a request for /articles with this query becomes (proxy.ts): the cached index when the
 * query names no topic, search or page (tracking parameters included, so they cannot bypass the
 * cache); a permanent redirect to the page's path (/articles/page/N) for the old `?page=N` links,
 * an unknown topic or an empty search; the per-request index (app/(site)/article-search) for a
 * topic or a search.
 */
export function articlesIndexRoute(
  query: URLSearchParams,
): { kind: 'cached' } | { kind: 'redirect'; to: string } | { kind: 'per-request' } {
  const params = parseIndexParams(Object.fromEntries(query));
  if (params.q || params.topic) return { kind: 'per-request' };
  // An empty search or an unknown topic shows the plain index: at its own address, so the
  // response carries the cached page's headers (next.config.ts matches on the query's keys).
  if (query.has('page') || query.has('q') || query.has('topic'))
    return { kind: 'redirect', to: articlesHref({ page: params.page }) };
  return { kind: 'cached' };
}

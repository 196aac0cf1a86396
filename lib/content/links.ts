import type { ArticleTopic } from '@/db/schema/articles';

/**
 * The library's address for these filters: `/articles`, `/articles/page/N` for the later pages of
 * the whole library (cached pages, no query), or `/articles?…` with a topic or a search, its
 * filters in a stable order, omitting defaults (page 1, no topic, no query).
 */
export function articlesHref({
  topic,
  q,
  page,
}: {
  topic?: ArticleTopic | null;
  q?: string | null;
  page?: number;
}): string {
  if (!q && !topic) return page && page > 1 ? `/articles/page/${page}` : '/articles';
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (topic) params.set('topic', topic);
  if (page && page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/articles?${query}` : '/articles';
}

export function articleHref(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}`;
}

/** The booking flow with a therapy chosen. */
export function bookTherapyHref(serviceSlug: string): string {
  return `/book?service=${encodeURIComponent(serviceSlug)}`;
}

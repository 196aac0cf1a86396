import type { ArticleTopic } from '@/db/schema/articles';

/** `/articles` with its filters in a stable order, omitting defaults (page 1, no topic, no query). */
export function articlesHref({
  topic,
  q,
  page,
}: {
  topic?: ArticleTopic | null;
  q?: string | null;
  page?: number;
}): string {
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

import type { ArticleTopic } from '@/db/schema/articles';
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

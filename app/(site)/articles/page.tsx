import type { Metadata } from 'next';
import { renderingAtBuild } from '@/lib/content/prerender';
import { ArticlesIndex, articlesIndexMetadata } from './articles-index';

// Cached, with its hash policy (lib/security/cached-pages.ts): it reads no query. Later pages are
// /articles/page/N; a topic or a search (?topic=, ?q=) is sent by proxy.ts to app/(site)/
// article-search, which renders per request; a bare ?page=N is redirected to /articles/page/N.
// Article changes revalidate it (revalidateArticles in lib/content/revalidate.ts).
export const revalidate = 3600;

export const metadata: Metadata = articlesIndexMetadata({ q: '', topic: null, page: 1 });

export default function ArticlesPage() {
  if (renderingAtBuild()) return null;
  return <ArticlesIndex q="" topic={null} page={1} />;
}

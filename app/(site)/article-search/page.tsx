import type { Metadata } from 'next';
import { connection } from 'next/server';
import { parseIndexParams } from '@/lib/content/index-params';
import { ArticlesIndex, articlesIndexMetadata } from '../articles/articles-index';

// /articles?topic=… and /articles?q=… (search, and their pages): proxy.ts rewrites them here, so
// the address stays /articles?… and /articles itself needs no query and stays cached. Renders per
// request with a nonce CSP (not on lib/security/cached-pages.ts's list).
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return articlesIndexMetadata(parseIndexParams(await searchParams));
}

export default async function ArticleSearchPage({ searchParams }: Props) {
  await connection();
  return <ArticlesIndex {...parseIndexParams(await searchParams)} />;
}

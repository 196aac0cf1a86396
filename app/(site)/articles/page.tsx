import type { Metadata } from 'next';
import { connection } from 'next/server';
import { parseIndexParams } from '@/lib/content/index-params';
import { ArticlesIndex, articlesIndexMetadata } from './articles-index';

// Renders per request (it reads the query: search, topic, page), with a nonce CSP: it is not on
// the page cache's list (lib/security/cached-pages.ts).
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return articlesIndexMetadata(parseIndexParams(await searchParams));
}

export default async function ArticlesPage({ searchParams }: Props) {
  await connection();
  return <ArticlesIndex {...parseIndexParams(await searchParams)} />;
}

import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { pathPageNumber } from '@/lib/content/index-params';
import { renderingAtBuild } from '@/lib/content/prerender';
import { ArticlesIndex, articlesIndexMetadata } from '../../articles-index';

// The library's later pages, cached like the first (/articles): each is rendered on its first
// visit and kept until an article changes (revalidateArticles in lib/content/revalidate.ts).
export const revalidate = 3600;

export function generateStaticParams(): { page: string }[] {
  return [];
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pathPageNumber((await params).page);
  return page === null ? {} : articlesIndexMetadata({ q: '', topic: null, page });
}

export default async function ArticlesPageN({ params }: Props) {
  const page = pathPageNumber((await params).page);
  if (page === null) notFound();
  if (page === 1) permanentRedirect('/articles');
  if (renderingAtBuild()) return null;
  return <ArticlesIndex q="" topic={null} page={page} />;
}

import type { MetadataRoute } from 'next';
import { listActiveServices } from '@/db/queries/services';
import { ARTICLES_PAGE_SIZE, getArticleIndex } from '@/lib/content/articles';
import { articlesHref } from '@/lib/content/links';
import { siteUrl } from '@/lib/env';

// Read at request time (through the data cache): a build-time sitemap would miss new articles.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, services] = await Promise.all([getArticleIndex(), listActiveServices()]);
  const newestArticle = articles.reduce<string | undefined>(
    (max, a) => (max === undefined || a.updatedAt > max ? a.updatedAt : max),
    undefined,
  );
  const page = (path: string, priority: number, changeFrequency: 'weekly' | 'monthly') => ({
    url: siteUrl(path).href,
    changeFrequency,
    priority,
  });
  return [
    page('/', 1, 'weekly'),
    page('/therapies', 0.8, 'monthly'),
    ...services.map((s) => page(`/therapies/${s.slug}`, 0.7, 'monthly')),
    page('/team', 0.6, 'monthly'),
    page('/fees', 0.6, 'monthly'),
    page('/contact', 0.6, 'monthly'),
    page('/book', 0.8, 'monthly'),
    {
      ...page('/articles', 0.7, 'weekly'),
      ...(newestArticle ? { lastModified: newestArticle } : {}),
    },
    // The library's later pages (/articles/page/2 …): their own addresses, cached like the first.
    ...Array.from({ length: Math.ceil(articles.length / ARTICLES_PAGE_SIZE) - 1 }, (_, i) =>
      page(articlesHref({ page: i + 2 }), 0.4, 'weekly'),
    ),
    ...articles.map((a) => ({
      url: siteUrl(`/articles/${a.slug}`).href,
      lastModified: a.updatedAt,
      changeFrequency: 'monthly' as const,
      priority: 0.6,
    })),
  ];
}

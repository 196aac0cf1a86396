import { getArticleIndex } from '@/lib/content/articles';
import { buildRssFeed } from '@/lib/content/rss';
import { siteUrl } from '@/lib/env';

// Read at request time (through the data cache), so a newly published article appears at once.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const items = await getArticleIndex();
  const xml = buildRssFeed({
    title: 'Larkfield Stride Chiropractic: articles for runners',
    description:
      'Medically reviewed articles on running-related back, hip and leg pain: causes, relief, exercises and prevention.',
    siteUrl: siteUrl('/').href,
    items: items.slice(0, 50),
  });
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  });
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleGrid } from '@/components/articles/article-card';
import { Pagination } from '@/components/articles/pagination';
import { ArticleSearchForm } from '@/components/articles/search-form';
import { TopicFilter } from '@/components/articles/topic-filter';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import {
  getArticleCounts,
  getArticleListing,
  getArticleTimeZone,
  searchArticles,
} from '@/lib/content/articles';
import type { IndexParams } from '@/lib/content/index-params';
import { articlesHref } from '@/lib/content/links';
import { topicDescriptions, topicLabels } from '@/lib/content/topics';

const libraryDescription =
  'Medically reviewed articles for runners on back, hip and leg pain: why it happens, what helps, exercises to do at home and when to get care.';

/**
 * The article library: every article, one topic's, or search results, a page at a time
 * (app/(site)/articles/page.tsx).
 */
export function articlesIndexMetadata({ q, topic, page }: IndexParams): Metadata {
  const base = topic ? `${topicLabels[topic]} articles` : 'Articles for runners';
  const title = q ? `Search: ${q}` : page > 1 ? `${base} (page ${page})` : base;
  const description = topic
    ? `${topicDescriptions[topic]} ${libraryDescription}`
    : libraryDescription;
  const canonical = articlesHref({ topic, page });
  return {
    title,
    description,
    alternates: {
      canonical,
      types: {
        'application/rss+xml': [{ url: '/articles/rss.xml', title: 'Larkfield Stride articles' }],
      },
    },
    // Search results are for people, not for search engines.
    robots: q ? { index: false, follow: true } : undefined,
    openGraph: { title: base, description, url: canonical, type: 'website' },
    twitter: { card: 'summary', title: base, description },
  };
}

export async function ArticlesIndex({ q, topic, page }: IndexParams) {
  const [counts, timeZone, listing] = await Promise.all([
    getArticleCounts(),
    getArticleTimeZone(),
    q ? searchArticles(q, topic, page) : getArticleListing(topic, page),
  ]);
  if (!listing) notFound();

  const scope = topic ? topicLabels[topic] : 'All articles';
  const resultsTitle = q ? `Results for “${q}”` : scope;
  const countText = `${listing.total} ${listing.total === 1 ? 'article' : 'articles'}${q && topic ? ` in ${topicLabels[topic]}` : ''}`;

  return (
    <>
      <PageHeader eyebrow="Library" title="Articles for runners">
        <p>{libraryDescription}</p>
      </PageHeader>

      <Container className="py-10 sm:py-14">
        <div className="space-y-6">
          <ArticleSearchForm q={q} topic={topic} />
          <TopicFilter current={topic} q={q} counts={q ? undefined : counts} />
        </div>

        <section aria-labelledby="article-results" className="mt-10">
          <div className="mb-6 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
            <h2 id="article-results" className="text-2xl sm:text-3xl">
              {resultsTitle}
            </h2>
            <p className="text-muted" role="status">
              {countText}
              {listing.pageCount > 1 ? ` · page ${listing.page} of ${listing.pageCount}` : ''}
            </p>
          </div>
          {topic && !q ? (
            <p className="-mt-3 mb-6 max-w-2xl text-muted">{topicDescriptions[topic]}</p>
          ) : null}

          {listing.items.length > 0 ? (
            <ArticleGrid articles={listing.items} timeZone={timeZone} />
          ) : (
            <EmptyState q={q} topic={topic} beyondLastPage={listing.total > 0} />
          )}

          <Pagination page={listing.page} pageCount={listing.pageCount} topic={topic} q={q} />
        </section>
      </Container>
    </>
  );
}

function EmptyState({
  q,
  topic,
  beyondLastPage,
}: {
  q: string;
  topic: IndexParams['topic'];
  beyondLastPage: boolean;
}) {
  const link = 'font-semibold text-brand-800 underline underline-offset-4';
  if (beyondLastPage) {
    return (
      <div className="rounded-card border border-sand-200 bg-white p-6">
        <p>There are no more results.</p>
        <p className="mt-3">
          <Link href={articlesHref({ q, topic })} className={link}>
            Back to the first page
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="rounded-card border border-sand-200 bg-white p-6">
      <p className="text-lg font-semibold text-ink">
        {q
          ? `No articles match “${q}”${topic ? ` in ${topicLabels[topic]}` : ''}.`
          : 'No articles here yet.'}
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6 text-muted">
        {q ? (
          <li>
            Check the spelling, or try fewer or more general words, such as “stretch” or “hip”.
          </li>
        ) : null}
        {topic ? (
          <li>
            <Link href={articlesHref({ q })} className={link}>
              {q ? 'Search all topics' : 'Browse all topics'}
            </Link>
          </li>
        ) : null}
        <li>
          <Link href="/articles" className={link}>
            See every article
          </Link>
        </li>
      </ul>
    </div>
  );
}

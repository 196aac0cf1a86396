import Link from 'next/link';
import { getArticleTimeZone, getArticlesForService } from '@/lib/content/articles';
import { articleDateOnly, formatArticleDate } from '@/lib/content/dates';
import { articleHref } from '@/lib/content/links';

/**
 * Articles that lead to one therapy, for its page (cached; renders nothing when there are none).
 * Sized for a content column: a titled list, not a full-width grid.
 */
export async function RelatedArticlesForService({
  serviceSlug,
  limit = 3,
  className = 'mt-12 border-t border-sand-200 pt-10',
}: {
  serviceSlug: string;
  limit?: number;
  className?: string;
}) {
  const [articles, timeZone] = await Promise.all([
    getArticlesForService(serviceSlug, limit),
    getArticleTimeZone(),
  ]);
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={`related-articles-${serviceSlug}`} className={className}>
      <h2 id={`related-articles-${serviceSlug}`} className="text-2xl">
        Read more about it
      </h2>
      <ul className="mt-5 space-y-3">
        {articles.map((article) => (
          <li key={article.slug}>
            <Link
              href={articleHref(article.slug)}
              className="group flex flex-col rounded-xl border border-sand-200 bg-white p-4 no-underline hover:border-brand-200"
            >
              <span className="font-semibold text-brand-800 underline-offset-4 group-hover:underline">
                {article.title}
              </span>
              <span className="mt-1 text-[0.95rem] text-muted">{article.description}</span>
              <span className="mt-2 text-sm text-muted">
                <time dateTime={articleDateOnly(article.updatedAt, timeZone)}>
                  Updated {formatArticleDate(article.updatedAt, timeZone)}
                </time>
                <span aria-hidden="true"> · </span>
                <span className="whitespace-nowrap">{article.readingMinutes} min read</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

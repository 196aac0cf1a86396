import Link from 'next/link';
import type { ArticleView } from '@/lib/content/article-view';
import { articleDateOnly, formatArticleDate } from '@/lib/content/dates';
import { nextReviewDue } from '@/lib/content/review';

const personLink = 'font-semibold text-brand-800 underline underline-offset-4';

/** Author, medical reviewer, dates and reading time under the article's title. */
export function ArticleByline({ article, timeZone }: Pick<ArticleView, 'article' | 'timeZone'>) {
  const date = (iso: string) => (
    <time dateTime={articleDateOnly(iso, timeZone)}>{formatArticleDate(iso, timeZone)}</time>
  );
  return (
    <div className="mt-6 space-y-1.5 text-[0.95rem] text-ink">
      <p>
        By{' '}
        <Link href={`/team#${article.author.slug}`} className={personLink}>
          {article.author.name}
        </Link>
        , {article.author.title}
      </p>
      {article.reviewer && article.reviewedAt ? (
        <>
          <p>
            Medically reviewed by{' '}
            <Link href={`/team#${article.reviewer.slug}`} className={personLink}>
              {article.reviewer.name}
            </Link>
            , {article.reviewer.title}
          </p>
          <p>
            Last reviewed {date(article.reviewedAt)}
            <span aria-hidden="true"> · </span>
            Next review due {date(nextReviewDue(article.reviewedAt, timeZone).toISOString())}
          </p>
        </>
      ) : null}
      <p className="text-muted">
        Last updated {date(article.updatedAt)}
        <span aria-hidden="true"> · </span>
        <span className="whitespace-nowrap">{article.readingMinutes} min read</span>
      </p>
    </div>
  );
}

import Link from 'next/link';
import type { ArticleSearchHit, ArticleSummary } from '@/db/queries/articles';
import { articleDateOnly, formatArticleDate } from '@/lib/content/dates';
import { markdownExcerptToText, withEllipses } from '@/lib/content/highlight';
import { articleHref } from '@/lib/content/links';
import { topicLabels } from '@/lib/content/topics';
import { HighlightedText } from './highlighted-text';

function isHit(article: ArticleSummary | ArticleSearchHit): article is ArticleSearchHit {
  return 'titleHighlight' in article;
}

/** One article as a card; the title link covers the whole card. Search hits show highlights. */
export function ArticleCard({
  article,
  timeZone,
  headingLevel: Heading = 'h3',
}: {
  article: ArticleSummary | ArticleSearchHit;
  timeZone: string;
  headingLevel?: 'h2' | 'h3';
}) {
  const hit = isHit(article) ? article : null;
  return (
    <article className="link-card">
      <p className="eyebrow">{topicLabels[article.topic]}</p>
      <Heading className="mt-2 text-xl sm:text-2xl">
        <Link href={articleHref(article.slug)} className="link-card-title">
          {hit ? <HighlightedText value={hit.titleHighlight} /> : article.title}
        </Link>
      </Heading>
      <p className="mt-3 flex-1 text-muted">
        {hit ? (
          <HighlightedText value={withEllipses(markdownExcerptToText(hit.excerptHighlight))} />
        ) : (
          article.description
        )}
      </p>
      <p className="mt-5 border-t border-sand-200 pt-4 text-sm text-muted">
        <time dateTime={articleDateOnly(article.updatedAt, timeZone)}>
          Updated {formatArticleDate(article.updatedAt, timeZone)}
        </time>
        <span aria-hidden="true"> · </span>
        <span className="whitespace-nowrap">{article.readingMinutes} min read</span>
      </p>
    </article>
  );
}

/** A responsive grid of article cards. */
export function ArticleGrid({
  articles,
  timeZone,
  headingLevel,
}: {
  articles: ReadonlyArray<ArticleSummary | ArticleSearchHit>;
  timeZone: string;
  headingLevel?: 'h2' | 'h3';
}) {
  return (
    <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} timeZone={timeZone} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

import 'server-only';
import {
  getPublishedArticle,
  listPublishedArticlesBySlugs,
  type ArticleDetail,
  type ArticleSummary,
} from '@/db/queries/articles';
import { publicImageSize } from './image-size';
import { renderArticleMarkdown, type TocEntry } from './markdown';
import { getClinicTimeZone } from '@/db/queries/clinic';

/** Ids the article page uses around the body; headings in the body never take them. */
export const ARTICLE_PAGE_IDS = [
  'main-content',
  'article-title',
  'article-takeaways',
  'article-contents',
  'article-references',
  'article-questions',
  'article-ask',
  'article-related',
  'article-disclaimer',
  'article-book',
] as const;

export interface ArticleView {
  article: Omit<ArticleDetail, 'bodyMarkdown'>;
  /** Sanitised HTML of the body (see lib/content/markdown.ts). */
  html: string;
  toc: TocEntry[];
  related: ArticleSummary[];
  timeZone: string;
}

/** Everything the article page shows, or null when the slug is not a published article. */
export async function loadArticleView(slug: string): Promise<ArticleView | null> {
  const detail = await getPublishedArticle(slug);
  if (!detail) return null;
  const { bodyMarkdown, ...article } = detail;
  const [related, timeZone] = await Promise.all([
    listPublishedArticlesBySlugs(article.related.filter((s) => s !== slug)),
    getClinicTimeZone(),
  ]);
  const { html, toc } = renderArticleMarkdown(bodyMarkdown, {
    imageSize: publicImageSize,
    reservedIds: ARTICLE_PAGE_IDS,
  });
  return { article, html, toc, related: related.slice(0, 3), timeZone };
}

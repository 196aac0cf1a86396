import 'server-only';
import {
  getPublishedArticle,
  listPublishedArticlesBySlugs,
  type ArticleDetail,
  type ArticleSummary,
} from '@/db/queries/articles';
import { exerciseRecordsBySlug } from '@/db/queries/exercises';
import { exerciseSlug } from './exercise-record';
import { parseExercises } from './exercises';
import { publicImageSize } from './image-size';
import {
  renderArticleMarkdown,
  renderInlineMarkdown,
  type FaqEntry,
  type TocEntry,
} from './markdown';
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

export interface RenderedReference {
  /** The note number the body cites it by (`[^n]`), 1-based. */
  n: number;
  /** Sanitized inline HTML of the citation, with its link. */
  html: string;
  /** Whether the body cites it, so the list can link back to the first citation. */
  cited: boolean;
}

export interface ArticleView {
  article: Omit<ArticleDetail, 'bodyMarkdown' | 'references'>;
  /** Sanitized HTML of the body (see lib/content/markdown.ts). */
  html: string;
  toc: TocEntry[];
  faq: FaqEntry[];
  references: RenderedReference[];
  related: ArticleSummary[];
  timeZone: string;
}

/** Everything the article page shows, or null when the slug is not a published article. */
export async function loadArticleView(slug: string): Promise<ArticleView | null> {
  const detail = await getPublishedArticle(slug);
  if (!detail) return null;
  const { bodyMarkdown, references, ...article } = detail;
  const [related, timeZone, exercises] = await Promise.all([
    listPublishedArticlesBySlugs(article.related.filter((s) => s !== slug)),
    getClinicTimeZone(),
    // Exercise blocks render from the library's records (an exercise edit revalidates articles).
    exerciseRecordsBySlug(parseExercises(bodyMarkdown).map((e) => exerciseSlug(e.name))),
  ]);
  const { html, toc, faq, citations } = renderArticleMarkdown(bodyMarkdown, {
    imageSize: publicImageSize,
    reservedIds: ARTICLE_PAGE_IDS,
    referenceCount: references.length,
    exercises,
  });
  return {
    article,
    html,
    toc,
    faq,
    references: references.map((line, i) => ({
      n: i + 1,
      html: renderInlineMarkdown(line),
      cited: citations.includes(i + 1),
    })),
    related: related.slice(0, 3),
    timeZone,
  };
}

import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { ARTICLES_TAG } from './articles';

/**
 * Call after an article is created, edited, published, unpublished or deleted (from a server
 * action or route handler). Expires every cached library read at once rather than serving stale
 * content: a corrected or withdrawn health article should not linger.
 */
export function revalidateArticles(slug?: string): void {
  revalidateTag(ARTICLES_TAG, { expire: 0 });
  revalidatePath('/articles');
  revalidatePath('/articles/page/[page]', 'page');
  if (slug) revalidatePath(`/articles/${slug}`);
  revalidatePath('/articles/rss.xml');
  revalidatePath('/sitemap.xml');
}

import { revalidatePath, revalidateTag } from 'next/cache';
import { describe, expect, it, vi } from 'vitest';
import { ARTICLES_TAG } from './articles';
import { revalidateArticles } from './revalidate';

vi.mock('next/cache', () => ({
  unstable_cache: <T>(fn: T) => fn,
  revalidateTag: vi.fn(),
  revalidatePath: vi.fn(),
}));

describe('revalidateArticles', () => {
  it('expires every cached library read at once and the article’s own path', () => {
    revalidateArticles('core-strength-for-runners');
    expect(revalidateTag).toHaveBeenCalledWith(ARTICLES_TAG, { expire: 0 });
    expect(revalidatePath).toHaveBeenCalledWith('/articles');
    expect(revalidatePath).toHaveBeenCalledWith('/articles/page/[page]', 'page');
    expect(revalidatePath).toHaveBeenCalledWith('/articles/core-strength-for-runners');
    expect(revalidatePath).toHaveBeenCalledWith('/sitemap.xml');
    expect(revalidatePath).toHaveBeenCalledWith('/articles/rss.xml');
  });
});

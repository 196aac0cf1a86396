import type { ArticleTopic } from '@/db/schema/articles';
import { topicLabels } from '@/lib/content/topics';
import { buttonClasses } from '@/components/ui/button';

/** A plain GET form: works without JavaScript and gives every search a shareable URL. */
export function ArticleSearchForm({ q, topic }: { q: string; topic: ArticleTopic | null }) {
  return (
    <form role="search" action="/articles" method="get" className="w-full max-w-2xl">
      <label htmlFor="article-search" className="mb-2 block font-semibold text-ink">
        Search articles{topic ? ` in ${topicLabels[topic]}` : ''}
      </label>
      <div className="flex flex-col gap-3 sm:flex-row">
        <input
          id="article-search"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={200}
          placeholder="e.g. hamstring stretch"
          aria-describedby="article-search-hint"
          className="min-h-12 w-full min-w-0 rounded-xl border-2 border-sand-300 bg-white px-4 text-base text-ink placeholder:text-muted/80 focus-visible:border-brand-800"
        />
        {topic ? <input type="hidden" name="topic" value={topic} /> : null}
        <button
          type="submit"
          className={buttonClasses({ variant: 'secondary', size: 'lg' }, 'shrink-0')}
        >
          Search
        </button>
      </div>
      <p id="article-search-hint" className="mt-2 text-sm text-muted">
        Use quotes for a phrase (&ldquo;hip flexor&rdquo;) and a minus sign to leave a word out.
      </p>
    </form>
  );
}

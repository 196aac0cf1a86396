import type { ArticleTopic } from '@/db/schema/articles';
import { articlesHref } from '@/lib/content/links';
import { articleTopics, topicLabels } from '@/lib/content/topics';

/**
 * Topic links (plain, shareable URLs); the current one has aria-current. Keeps a search query.
 * Plain <a>, not next/link: a topic is rendered per request at /article-search behind proxy.ts's
 * rewrite of /articles?topic=…, and the client router, coming from the cached index at the same
 * pathname, now and then kept showing the unfiltered list under the new URL. A document load
 * always gets the right page (and the library pages are cached, so it costs little).
 */
export function TopicFilter({
  current,
  q,
  counts,
}: {
  current: ArticleTopic | null;
  q: string;
  /** Shown when browsing (not while searching). */
  counts?: { total: number; byTopic: Record<ArticleTopic, number> };
}) {
  const options: Array<{ topic: ArticleTopic | null; label: string; n?: number }> = [
    { topic: null, label: 'All topics', n: counts?.total },
    ...articleTopics.map((topic) => ({
      topic,
      label: topicLabels[topic],
      n: counts?.byTopic[topic],
    })),
  ];
  return (
    <nav aria-label="Topics">
      <ul className="flex flex-wrap gap-2">
        {options.map(({ topic, label, n }) => {
          const active = topic === current;
          return (
            <li key={label}>
              <a
                href={articlesHref({ topic, q })}
                aria-current={active ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center gap-1.5 rounded-full border px-4 text-[0.95rem] font-medium no-underline ${
                  active
                    ? 'border-brand-800 bg-brand-800 text-white'
                    : 'border-sand-300 bg-white text-ink hover:border-brand-700 hover:text-brand-800'
                }`}
              >
                {label}
                {n !== undefined ? (
                  <span className={active ? 'text-brand-100' : 'text-muted'}>
                    <span className="sr-only">(</span>
                    {n}
                    <span className="sr-only"> articles)</span>
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

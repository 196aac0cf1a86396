import Link from 'next/link';
import type { ArticleTopic } from '@/db/schema/articles';
import { articlesHref } from '@/lib/content/links';

const itemClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border px-3 font-medium no-underline';

/** Numbered page links; the current page is marked with aria-current="page". */
export function Pagination({
  page,
  pageCount,
  topic,
  q,
}: {
  page: number;
  pageCount: number;
  topic: ArticleTopic | null;
  q: string;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => articlesHref({ topic, q, page: p });
  // A topic's or a search's pages are rendered per request behind proxy.ts's rewrite: a plain
  // link loads them as a document (see topic-filter.tsx); the library's own pages stay client-side.
  const Anchor = topic || q ? 'a' : Link;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === pageCount || Math.abs(p - page) <= 2,
  );
  return (
    <nav aria-label="Pagination" className="mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Anchor
              href={href(page - 1)}
              rel="prev"
              className={`${itemClass} border-sand-300 bg-white text-brand-800 hover:border-brand-700`}
            >
              Previous<span className="sr-only"> page</span>
            </Anchor>
          </li>
        ) : null}
        {pages.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && p - (pages[i - 1] ?? p) > 1 ? <span aria-hidden="true">…</span> : null}
            <Anchor
              href={href(p)}
              aria-current={p === page ? 'page' : undefined}
              className={`${itemClass} ${
                p === page
                  ? 'border-brand-800 bg-brand-800 text-white'
                  : 'border-sand-300 bg-white text-ink hover:border-brand-700'
              }`}
            >
              <span className="sr-only">Page </span>
              {p}
            </Anchor>
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Anchor
              href={href(page + 1)}
              rel="next"
              className={`${itemClass} border-sand-300 bg-white text-brand-800 hover:border-brand-700`}
            >
              Next<span className="sr-only"> page</span>
            </Anchor>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

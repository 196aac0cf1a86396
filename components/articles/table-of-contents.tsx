import type { TocEntry } from '@/lib/content/markdown';

/** In-page links to the article's `##` sections. */
export function TableOfContents({ entries }: { entries: readonly TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav
      aria-labelledby="article-contents"
      className="rounded-card border border-sand-200 bg-white p-5 shadow-card"
    >
      <h2
        id="article-contents"
        className="font-sans text-base font-semibold tracking-wider text-ink uppercase"
      >
        On this page
      </h2>
      <ol className="mt-3 space-y-1 text-[0.95rem]">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              className="block rounded-md py-1.5 text-brand-800 underline decoration-brand-200 underline-offset-4 hover:decoration-brand-800"
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

import type { RenderedReference } from '@/lib/content/article-view';

/**
 * The numbered references the body's notes point to (`#ref-n`); each cited one links back to
 * where it is first cited. The HTML comes from renderInlineMarkdown (sanitized).
 */
export function ArticleReferences({ references }: { references: readonly RenderedReference[] }) {
  if (references.length === 0) return null;
  return (
    <section aria-labelledby="article-references" className="border-t border-sand-200 pt-8">
      <h2 id="article-references" className="text-2xl">
        References
      </h2>
      <ol className="mt-4 list-decimal space-y-3 pl-6 text-[0.95rem] text-muted [overflow-wrap:anywhere] [&_a]:font-semibold [&_a]:text-brand-800 [&_a]:underline [&_a]:underline-offset-4">
        {references.map((ref) => (
          <li key={ref.n} id={`ref-${ref.n}`} className="scroll-mt-6 pl-1">
            <span dangerouslySetInnerHTML={{ __html: ref.html }} />
            {ref.cited ? (
              <>
                {' '}
                <a href={`#cite-${ref.n}`} className="whitespace-nowrap">
                  Back to text<span className="sr-only"> for reference {ref.n}</span>
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

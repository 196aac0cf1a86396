import { parseMarkdownBlocks } from '@/lib/format';

/**
 * Renders service descriptions (`##` headings and paragraphs). Text goes through React, which
 * escapes it: nothing in the Markdown can become markup. Headings render as h2 under the page's h1.
 */
export function MarkdownBlocks({
  markdown,
  className = '',
}: {
  markdown: string;
  className?: string;
}) {
  return (
    <div className={`prose-clinic ${className}`}>
      {parseMarkdownBlocks(markdown).map((block, i) =>
        block.type === 'heading' ? <h2 key={i}>{block.text}</h2> : <p key={i}>{block.text}</p>,
      )}
    </div>
  );
}

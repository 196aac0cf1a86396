import { parseHeadline } from '@/lib/content/highlight';

/** A search headline as text with <mark>ed matches; nothing in it is ever parsed as HTML. */
export function HighlightedText({ value }: { value: string }) {
  return (
    <>
      {parseHeadline(value).map((segment, i) =>
        segment.mark ? (
          <mark key={i} className="rounded-sm bg-clay-100 px-0.5 text-ink">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

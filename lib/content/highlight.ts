import { HIGHLIGHT_START, HIGHLIGHT_STOP } from '@/db/queries/headline';

/**
 * Search highlights without trusting HTML: PostgreSQL's ts_headline wraps matches in two
 * private-use characters instead of tags, and the page turns the text into React text nodes and
 * <mark> elements. Whatever the article contains is only ever text.
 */
export interface HighlightSegment {
  text: string;
  mark: boolean;
}

/** Splits a ts_headline result into plain and highlighted runs; stray sentinels are ignored. */
export function parseHeadline(value: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let mark = false;
  let text = '';
  const flush = () => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
    text = '';
  };
  for (const char of value) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_STOP) {
      flush();
      mark = char === HIGHLIGHT_START;
    } else {
      text += char;
    }
  }
  flush();
  return segments;
}

/**
 * An excerpt of Markdown source, cut anywhere by ts_headline, as readable plain text: link and
 * image syntax become their text, emphasis, heading and note markers go, whitespace collapses.
 */
export function markdownExcerptToText(excerpt: string): string {
  return excerpt
    .replace(/\[\^\d*\]?|\{\{[^}]*\}?\}?/g, '') // note markers and {{red-flags …}} lists
    .replace(/!?\[([^\]]*)\]\([^)\s]*\)?/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*$/g, '$1')
    .replace(/\]\([^)\s]*\)/g, '')
    .replace(/^\s*#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/!?\[|\]/g, '')
    .replace(/(\*\*|__|`|~~)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Marks an excerpt that starts or ends mid-sentence with an ellipsis. */
export function withEllipses(excerpt: string): string {
  if (!excerpt) return excerpt;
  const visible = excerpt.replace(new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_STOP}]`, 'g'), '');
  const start = /^[a-z,;:)]/.test(visible) ? '… ' : '';
  const end = /[.!?:)”"]$/.test(visible) ? '' : ' …';
  return `${start}${excerpt}${end}`;
}

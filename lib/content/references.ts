import type { Reference } from '@/lib/validations/article-sources';

/**
 * An article's references. Content files give each one as structured YAML (who, what, when, a
 * link and the date it was checked); the database and the editor keep each as one line of inline
 * Markdown made by formatReference, which the page renders with its link. Body text cites the
 * n-th reference as `[^n]` (lib/content/markdown-notes.ts).
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2016' → '2016', '2016-11' → 'November 2016', '2016-11-30' → 'November 30, 2016'. */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year ?? value;
  return day ? `${name} ${Number(day)}, ${year}` : `${name} ${year}`;
}

/** Characters Markdown would read as formatting inside a title or source. */
function escapeMarkdown(value: string): string {
  return value.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** One reference as the line the database stores and the page renders. */
export function formatReference(ref: Reference): string {
  const display = ref.url.replace(/^https:\/\//, '').replace(/\/$/, '');
  const dates = [
    ref.published ? `Published ${formatPartialDate(ref.published)}` : null,
    ref.updated ? `updated ${formatPartialDate(ref.updated)}` : null,
  ]
    .filter(Boolean)
    .join('; ');
  return (
    `${escapeMarkdown(ref.source)}. *${escapeMarkdown(ref.title)}*. ${dates ? `${dates}. ` : ''}` +
    `[${escapeMarkdown(display)}](${ref.url}) (accessed ${formatPartialDate(ref.accessed)}).`
  );
}

/** What the editor asks of a reference line: a link readers can follow and when it was checked. */
export function referenceLineProblem(line: string): string | null {
  if (!/\]\(https:\/\/[^\s)]+\)|<https:\/\/[^\s>]+>|https:\/\/\S+/.test(line))
    return 'needs an https:// link';
  if (!/\(accessed [A-Z][a-z]+ \d{1,2}, \d{4}\)/.test(line))
    return 'needs the date it was checked, like “(accessed December 6, 2026)”';
  return null;
}

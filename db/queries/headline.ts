/**
 * Search highlights without trusting HTML: ts_headline wraps matches in two private-use characters
 * instead of tags, and lib/content/highlight.ts turns them into text and <mark> runs.
 */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_STOP = '\uE001';

/** ts_headline options; the sentinels are quoted so no option parser can misread them. */
export function headlineOptions(options: Record<string, string | number | boolean> = {}): string {
  const all = { StartSel: `"${HIGHLIGHT_START}"`, StopSel: `"${HIGHLIGHT_STOP}"`, ...options };
  return Object.entries(all)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(', ');
}

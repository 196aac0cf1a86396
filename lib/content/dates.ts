/** Article dates are instants; readers see them as calendar dates in the clinic's time zone. */
export function formatArticleDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** "2026-11-04" for an instant, in the clinic's time zone (for <time dateTime> and JSON-LD dates). */
export function articleDateOnly(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

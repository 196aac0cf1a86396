import { DateTime } from 'luxon';

/**
 * Medical review cadence: every article is reviewed again within a year of its last review. The
 * article page shows the date; the staff article list flags articles that are due (or nearly).
 */
export const REVIEW_INTERVAL_MONTHS = 12;
/** The staff list starts warning this many days before an article's review falls due. */
export const REVIEW_WARNING_DAYS = 30;

/** The instant the next review falls due: the same calendar day a year on, in the clinic's zone. */
export function nextReviewDue(reviewedAt: Date | string, timeZone: string): Date {
  const start =
    typeof reviewedAt === 'string'
      ? DateTime.fromISO(reviewedAt, { zone: timeZone })
      : DateTime.fromJSDate(reviewedAt, { zone: timeZone });
  return start.plus({ months: REVIEW_INTERVAL_MONTHS }).toJSDate();
}

export type ReviewState = 'overdue' | 'due-soon' | 'current' | 'never';

export function reviewState(
  reviewedAt: Date | null,
  timeZone: string,
  now = new Date(),
): ReviewState {
  if (!reviewedAt) return 'never';
  const due = nextReviewDue(reviewedAt, timeZone);
  if (due <= now) return 'overdue';
  const warnFrom = DateTime.fromJSDate(due).minus({ days: REVIEW_WARNING_DAYS }).toJSDate();
  return warnFrom <= now ? 'due-soon' : 'current';
}

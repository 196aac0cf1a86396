import Link from 'next/link';
import { formatLocalDate } from '@/lib/time/slot-format';
import { DateTime } from 'luxon';
import { Panel } from '@/components/staff/page-heading';
import { nextReviewDue, REVIEW_WARNING_DAYS, reviewState } from '@/lib/content/review';

interface ReviewRow {
  id: string;
  title: string;
  status: 'draft' | 'published';
  reviewedAt: Date | null;
  reviewerName: string | null;
  editable: boolean;
}

/**
 * Published articles whose yearly medical review is overdue or falls due within
 * REVIEW_WARNING_DAYS days, soonest first. Nothing when none are.
 */
export function ReviewDue({ articles, zone }: { articles: ReviewRow[]; zone: string }) {
  const now = new Date();
  const due = articles
    .filter((a) => a.status === 'published')
    .map((a) => ({
      ...a,
      state: reviewState(a.reviewedAt, zone, now),
      dueAt: a.reviewedAt ? nextReviewDue(a.reviewedAt, zone) : null,
    }))
    .filter((a) => a.state !== 'current')
    .sort((a, b) => (a.dueAt?.getTime() ?? 0) - (b.dueAt?.getTime() ?? 0));
  if (due.length === 0) return null;
  const day = (d: Date) =>
    formatLocalDate(DateTime.fromJSDate(d, { zone }).toISODate() ?? '', true);
  return (
    <Panel title="Due for review" id="review-due" className="mb-5">
      <p className="mb-3 text-[0.95rem] text-muted">
        Medical content is reviewed every 12 months. These are overdue or due within{' '}
        {REVIEW_WARNING_DAYS} days: the reviewer checks the article and its references, then records
        the review on the article’s page.
      </p>
      <ul className="divide-y divide-sand-200">
        {due.map((a) => (
          <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            {a.editable ? <Link href={`/dashboard/articles/${a.id}`}>{a.title}</Link> : a.title}
            <span className="text-sm">
              <span className={a.state === 'overdue' ? 'font-semibold text-clay-800' : ''}>
                {a.dueAt
                  ? `${a.state === 'overdue' ? 'Overdue since' : 'Due'} ${day(a.dueAt)}`
                  : 'Never reviewed'}
              </span>
              <span className="text-muted"> · {a.reviewerName ?? 'no reviewer'}</span>
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

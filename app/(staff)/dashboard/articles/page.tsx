import { DateTime } from 'luxon';
import { formatLocalDate } from '@/lib/time/slot-format';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/staff/page-heading';
import { countQuestionsByStatus, listArticlesForEditor } from '@/db/queries/articles-admin';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { requireStaff } from '@/lib/auth/guard';
import { topicLabels } from '@/lib/content/topics';
import { nextReviewDue } from '@/lib/content/review';
import { canEditArticle } from '@/lib/staff/articles';
import { ReviewDue } from './review-due';
import { TableScroll } from '@/components/staff/table-scroll';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Articles' };

export default async function ArticlesAdminPage() {
  const staff = await requireStaff(['admin', 'practitioner']);
  const [list, questions, zone] = await Promise.all([
    listArticlesForEditor(),
    countQuestionsByStatus(),
    getClinicTimeZone(),
  ]);
  const newQuestions = questions.get('new') ?? 0;
  return (
    <>
      <PageHeading
        title="Articles"
        actions={
          <>
            <Link
              href="/dashboard/articles/questions"
              className={buttonClasses({ variant: 'secondary', size: 'sm' })}
            >
              Reader questions{newQuestions ? ` (${newQuestions} new)` : ''}
            </Link>
            <Link
              href="/dashboard/articles/new"
              className={buttonClasses({ variant: 'primary', size: 'sm' })}
            >
              New article
            </Link>
          </>
        }
      >
        The education library. Published articles need a reviewer other than the author and a review
        every 12 months; publishing and edits show on the site at once.
      </PageHeading>
      <ReviewDue
        zone={zone}
        articles={list.map((a) => ({ ...a, editable: canEditArticle(staff, a) }))}
      />
      <TableScroll label="Articles table">
        <table className="w-full min-w-[50rem] text-left text-[0.95rem]">
          <caption className="sr-only">All articles, most recently updated first</caption>
          <thead className="bg-sand-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Title
              </th>
              <th scope="col" className="px-3 py-2">
                Status
              </th>
              <th scope="col" className="px-3 py-2">
                Topic
              </th>
              <th scope="col" className="px-3 py-2">
                Author · reviewer
              </th>
              <th scope="col" className="px-3 py-2">
                Updated
              </th>
              <th scope="col" className="px-3 py-2">
                Next review
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => (
              <tr key={a.id} className="border-t border-sand-200">
                <td className="px-3 py-2">
                  {canEditArticle(staff, a) ? (
                    <Link href={`/dashboard/articles/${a.id}`}>{a.title}</Link>
                  ) : (
                    a.title
                  )}
                  {a.newQuestions ? (
                    <span className="block text-sm text-clay-800">
                      {a.newQuestions} new question{a.newQuestions === 1 ? '' : 's'}
                    </span>
                  ) : null}
                </td>
                <td className="px-3 py-2">{a.status === 'published' ? 'Published' : 'Draft'}</td>
                <td className="px-3 py-2">{topicLabels[a.topic]}</td>
                <td className="px-3 py-2">
                  {a.authorName}
                  <span className="text-muted"> · {a.reviewerName ?? 'not reviewed'}</span>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {formatLocalDate(
                    DateTime.fromJSDate(a.updatedAt, { zone }).toISODate() ?? '',
                    true,
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {a.reviewedAt
                    ? formatLocalDate(
                        DateTime.fromJSDate(nextReviewDue(a.reviewedAt, zone), {
                          zone,
                        }).toISODate() ?? '',
                        true,
                      )
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

import { DateTime } from 'luxon';
import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/staff/fields';
import { PageHeading } from '@/components/staff/page-heading';
import { countQuestionsByStatus, listArticlesForEditor } from '@/db/queries/articles-admin';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { requireStaff } from '@/lib/auth/guard';
import { topicLabels } from '@/lib/content/topics';
import { canEditArticle } from '@/lib/staff/articles';
import { TableScroll } from '@/components/staff/table-scroll';

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
            <Link href="/dashboard/articles/questions" className={buttonClass('secondary')}>
              Reader questions{newQuestions ? ` (${newQuestions} new)` : ''}
            </Link>
            <Link href="/dashboard/articles/new" className={buttonClass('primary')}>
              New article
            </Link>
          </>
        }
      >
        The education library. Published articles need a named reviewer; publishing and edits show
        on the site at once.
      </PageHeading>
      <TableScroll label="Articles table">
        <table className="w-full min-w-[44rem] text-left text-[0.95rem]">
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
                  {DateTime.fromJSDate(a.updatedAt, { zone }).toFormat('d LLL yyyy')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

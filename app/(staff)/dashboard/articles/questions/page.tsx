import { DateTime } from 'luxon';
import { formatLocalDate, formatSlotDateTime } from '@/lib/time/slot-format';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/staff/page-heading';
import { stringParam } from '@/components/staff/pagination';
import { countQuestionsByStatus, listQuestionsForModeration } from '@/db/queries/articles-admin';
import { getClinicTimeZone } from '@/db/queries/clinic';
import type { ArticleQuestionStatus } from '@/db/schema';
import { requireStaff } from '@/lib/auth/guard';
import { QuestionModeration } from './question-moderation';

export const metadata: Metadata = { title: 'Reader questions' };

const TABS: Array<{ status: ArticleQuestionStatus; label: string }> = [
  { status: 'new', label: 'New' },
  { status: 'answered', label: 'Answered, not public' },
  { status: 'published', label: 'Published' },
  { status: 'rejected', label: 'Rejected' },
];

export default async function QuestionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff(['admin', 'practitioner']);
  const wanted = stringParam((await searchParams).status);
  const status = TABS.find((t) => t.status === wanted)?.status ?? 'new';
  const [questions, counts, zone] = await Promise.all([
    listQuestionsForModeration(status),
    countQuestionsByStatus(),
    getClinicTimeZone(),
  ]);
  return (
    <>
      <p className="mb-2 text-[0.95rem]">
        <Link href="/dashboard/articles">← All articles</Link>
      </p>
      <PageHeading title="Reader questions">
        Answer, publish or reject questions readers sent about articles. Only the reader’s first
        name is published with a question; e-mail addresses never are.
      </PageHeading>
      <nav aria-label="Question status" className="mb-4 flex flex-wrap gap-2">
        {TABS.map((t) => (
          <Link
            key={t.status}
            href={
              t.status === 'new'
                ? '/dashboard/articles/questions'
                : `/dashboard/articles/questions?status=${t.status}`
            }
            aria-current={t.status === status ? 'page' : undefined}
            className={`rounded-full px-4 py-1.5 font-semibold no-underline ${t.status === status ? 'bg-brand-800 text-white' : 'border border-brand-800 text-brand-800'}`}
          >
            {t.label} ({counts.get(t.status) ?? 0})
          </Link>
        ))}
      </nav>
      {questions.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-center text-muted">
          No questions here.
        </p>
      ) : (
        <ul className="space-y-4">
          {questions.map((q) => (
            <li key={q.id} className="rounded-xl border border-sand-200 bg-white p-4">
              <p className="text-sm text-muted">
                On <Link href={`/articles/${q.articleSlug}`}>{q.articleTitle}</Link> ·{' '}
                {formatSlotDateTime(q.createdAt.toISOString(), zone)}
                {q.name || q.email
                  ? ` · from ${[q.name, q.email].filter(Boolean).join(', ')} (private)`
                  : ''}
              </p>
              <p className="mt-2 whitespace-pre-wrap font-semibold">{q.question}</p>
              {q.answeredAt ? (
                <p className="mt-1 text-sm text-muted">
                  Answered by {q.answeredByName ?? 'a former staff member'} on{' '}
                  {formatLocalDate(
                    DateTime.fromJSDate(q.answeredAt, { zone }).toISODate() ?? '',
                    true,
                  )}
                </p>
              ) : null}
              <QuestionModeration questionId={q.id} status={q.status} answer={q.answer ?? ''} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

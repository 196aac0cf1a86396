import { DateTime } from 'luxon';
import { formatLocalDate } from '@/lib/time/slot-format';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/staff/page-heading';
import { getArticleForEditor, listEditorOptions } from '@/db/queries/articles-admin';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { requireStaff } from '@/lib/auth/guard';
import { canEditArticle } from '@/lib/staff/articles';
import { ArticleForm } from '../article-form';
import { PublishControls } from '../publish-controls';
import { ReviewButton } from '../review-button';
import { nextReviewDue } from '@/lib/content/review';
import { UUID } from '@/lib/validations/fields';

export const metadata: Metadata = { title: 'Edit article' };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff(['admin', 'practitioner']);
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const [article, options, zone] = await Promise.all([
    getArticleForEditor(id),
    listEditorOptions(),
    getClinicTimeZone(),
  ]);
  if (!article || !canEditArticle(staff, article)) notFound();
  const published = article.status === 'published';
  return (
    <>
      <p className="mb-2 text-[0.95rem]">
        <Link href="/dashboard/articles">← All articles</Link>
      </p>
      <PageHeading
        title={article.title}
        actions={
          <>
            {article.reviewedById &&
            (staff.role === 'admin' || staff.practitionerId === article.reviewedById) ? (
              <ReviewButton articleId={article.id} />
            ) : null}
            <PublishControls
              articleId={article.id}
              published={published}
              canPublish={!!article.reviewedById}
            />
          </>
        }
      >
        {published ? (
          <>
            Published{' '}
            {formatLocalDate(
              DateTime.fromJSDate(article.publishedAt!, { zone }).toISODate() ?? '',
              true,
            )}{' '}
            · <Link href={`/articles/${article.slug}`}>view on the site</Link>
          </>
        ) : (
          'Draft: not visible on the site.'
        )}
        {article.reviewedAt
          ? ` · reviewed ${formatLocalDate(DateTime.fromJSDate(article.reviewedAt, { zone }).toISODate() ?? '', true)}, next review due ${formatLocalDate(DateTime.fromJSDate(nextReviewDue(article.reviewedAt, zone), { zone }).toISODate() ?? '', true)}`
          : ''}
      </PageHeading>
      <ArticleForm
        initial={{
          id: article.id,
          slug: article.slug,
          title: article.title,
          description: article.description,
          topic: article.topic,
          bodyMarkdown: article.bodyMarkdown,
          authorId: article.authorId,
          reviewedById: article.reviewedById ?? '',
          therapyId: article.therapyId ?? '',
          takeaways: article.takeaways.join('\n'),
          references: article.references.join('\n'),
          related: article.related.join('\n'),
        }}
        people={options.people}
        therapies={options.therapies}
        authorLocked={staff.role === 'practitioner'}
      />
    </>
  );
}

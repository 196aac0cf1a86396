import { DateTime } from 'luxon';
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
import { UUID } from '@/lib/validations/uuid';

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
          <PublishControls
            articleId={article.id}
            published={published}
            canPublish={!!article.reviewedById}
          />
        }
      >
        {published ? (
          <>
            Published {DateTime.fromJSDate(article.publishedAt!, { zone }).toFormat('d LLL yyyy')} ·{' '}
            <Link href={`/articles/${article.slug}`}>view on the site</Link>
          </>
        ) : (
          'Draft: not visible on the site.'
        )}
        {article.reviewedAt
          ? ` · reviewed ${DateTime.fromJSDate(article.reviewedAt, { zone }).toFormat('d LLL yyyy')}`
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

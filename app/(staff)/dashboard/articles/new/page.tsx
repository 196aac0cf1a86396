import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/staff/page-heading';
import { listEditorOptions } from '@/db/queries/articles-admin';
import { requireStaff } from '@/lib/auth/guard';
import { ArticleForm } from '../article-form';

export const metadata: Metadata = { title: 'New article' };

export default async function NewArticlePage() {
  const staff = await requireStaff(['admin', 'practitioner']);
  const { people, therapies } = await listEditorOptions();
  const authorId = staff.practitionerId ?? people[0]?.id ?? '';
  return (
    <>
      <p className="mb-2 text-[0.95rem]">
        <Link href="/dashboard/articles">← All articles</Link>
      </p>
      <PageHeading title="New article">
        Starts as a draft: nothing is public until it is reviewed and published.
      </PageHeading>
      <ArticleForm
        initial={{
          id: '',
          slug: '',
          title: '',
          description: '',
          topic: 'relief',
          bodyMarkdown: '',
          authorId,
          reviewedById: '',
          therapyId: '',
          takeaways: '',
          references: '',
          related: '',
        }}
        people={people}
        therapies={therapies}
        authorLocked={staff.role === 'practitioner'}
      />
    </>
  );
}

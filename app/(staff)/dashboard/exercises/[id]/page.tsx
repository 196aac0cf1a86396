import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/staff/page-heading';
import { Callout } from '@/components/ui/callout';
import { getExercise } from '@/db/queries/exercises';
import { requireStaff } from '@/lib/auth/guard';
import { UUID } from '@/lib/validations/fields';
import { ExerciseForm } from '../exercise-form';

export const metadata: Metadata = { title: 'Edit exercise' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditExercisePage({ params, searchParams }: Props) {
  await requireStaff(['admin', 'practitioner']);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!UUID.test(id)) notFound();
  const e = await getExercise(id);
  if (!e) notFound();
  const s = (n: number | null) => (n === null ? '' : String(n));
  return (
    <>
      <p className="mb-2 text-[0.95rem]">
        <Link href="/dashboard/exercises">← Exercise library</Link>
      </p>
      <PageHeading title={`Edit: ${e.name}`}>
        {e.sourceArticleSlug ? (
          <>
            First shown in <Link href={`/articles/${e.sourceArticleSlug}`}>its article</Link>; every
            article naming it shows this version.
          </>
        ) : null}
      </PageHeading>
      {query.saved ? (
        <div role="status" className="mb-4">
          <Callout>Exercise added to the library.</Callout>
        </div>
      ) : null}
      <ExerciseForm
        id={e.id}
        defaults={{
          name: e.name,
          purpose: e.purpose,
          steps: e.steps.join('\n'),
          defaultSets: String(e.defaultSets),
          defaultReps: s(e.defaultReps),
          repsNote: e.repsNote ?? '',
          defaultHoldSeconds: s(e.defaultHoldSeconds),
          defaultRestSeconds: s(e.defaultRestSeconds),
          easier: e.easier ?? '',
          harder: e.harder ?? '',
          cautions: e.cautions ?? '',
          illustrationSrc: e.illustrationSrc ?? '',
          illustrationAlt: e.illustrationAlt ?? '',
        }}
      />
    </>
  );
}

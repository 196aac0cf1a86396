import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { listExercises } from '@/db/queries/exercises';
import { requireStaff } from '@/lib/auth/guard';
import { doseLines } from '@/lib/content/exercise-record';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Exercise library' };

export default async function ExercisesPage() {
  await requireStaff(['admin', 'practitioner']);
  const library = await listExercises();
  return (
    <>
      <PageHeading
        title="Exercise library"
        actions={
          <Link href="/dashboard/exercises/new" className={buttonClasses({ size: 'sm' })}>
            Add exercise
          </Link>
        }
      >
        Prescribed in care plans and shown in the articles that name them.
      </PageHeading>
      <Panel>
        <ul className="divide-y divide-sand-200">
          {library.map((e) => (
            <li key={e.id} className="py-2">
              <Link href={`/dashboard/exercises/${e.id}`} className="font-semibold">
                {e.name}
              </Link>
              <span className="text-muted">
                {' '}
                ·{' '}
                {doseLines(e)
                  .map((l) => `${l.label} ${l.value}`)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </Panel>
    </>
  );
}

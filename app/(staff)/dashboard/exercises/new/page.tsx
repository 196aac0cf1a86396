import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/staff/page-heading';
import { requireStaff } from '@/lib/auth/guard';
import { ExerciseForm } from '../exercise-form';

export const metadata: Metadata = { title: 'Add exercise' };

export default async function NewExercisePage() {
  await requireStaff(['admin', 'practitioner']);
  return (
    <>
      <p className="mb-2 text-[0.95rem]">
        <Link href="/dashboard/exercises">← Exercise library</Link>
      </p>
      <PageHeading title="Add exercise" />
      <ExerciseForm
        defaults={{
          name: '',
          purpose: '',
          steps: '',
          defaultSets: '2',
          defaultReps: '10',
          repsNote: '',
          defaultHoldSeconds: '',
          defaultRestSeconds: '30',
          easier: '',
          harder: '',
          cautions: '',
          illustrationSrc: '',
          illustrationAlt: '',
        }}
      />
    </>
  );
}

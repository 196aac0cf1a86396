import type { ReactNode } from 'react';
import type { ExerciseRecord } from '@/lib/content/exercise-record';

/**
 * One exercise from the library as a card: illustration, what it is for, the steps, easier and
 * harder versions, cautions. `dose` is what goes in the dosage slot: the patient's own dosage on
 * My plan, the library's default in the dashboard preview. Everything is text (React escapes it).
 */
export function ExerciseCard({
  exercise,
  headingId,
  dose,
  children,
  headingLevel = 2,
  imageSize,
}: {
  exercise: ExerciseRecord;
  headingId: string;
  dose: ReactNode;
  children?: ReactNode;
  headingLevel?: 2 | 3;
  /** The illustration's intrinsic size (lib/content/image-size.ts on the server), to reserve its space. */
  imageSize?: { width: number; height: number };
}) {
  const size = imageSize;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-sand-200 bg-white p-4 break-inside-avoid sm:p-5 print:border-sand-300 print:p-3"
    >
      <Heading id={headingId} className="text-2xl print:text-xl">
        {exercise.name}
      </Heading>
      <div className="mt-2">{dose}</div>
      {exercise.illustrationSrc ? (
        // Our own SVGs, sized from their viewBox so the page doesn't jump while they load.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={exercise.illustrationSrc}
          alt={exercise.illustrationAlt ?? ''}
          width={size?.width}
          height={size?.height}
          loading="lazy"
          decoding="async"
          className="mt-3 h-auto w-full max-w-md print:max-w-xs"
        />
      ) : null}
      {exercise.purpose
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} className="mt-3">
            {p}
          </p>
        ))}
      {exercise.steps.length > 0 ? (
        <ol className="mt-3 list-decimal space-y-1 pl-6">
          {exercise.steps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
      ) : null}
      {exercise.easier ? (
        <p className="mt-3">
          <strong>Make it easier:</strong> {exercise.easier}
        </p>
      ) : null}
      {exercise.harder ? (
        <p className="mt-2">
          <strong>Make it harder:</strong> {exercise.harder}
        </p>
      ) : null}
      {exercise.cautions ? (
        <p className="mt-2">
          <strong>Take care:</strong> {exercise.cautions}
        </p>
      ) : null}
      {children}
    </section>
  );
}

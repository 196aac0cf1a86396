import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { exercises } from '@/db/schema';
import type { ExerciseRecord } from '@/lib/content/exercise-record';

/** The columns every renderer reads (lib/content/exercise-record.ts). */
export const exerciseRecordColumns = {
  slug: exercises.slug,
  name: exercises.name,
  purpose: exercises.purpose,
  steps: exercises.steps,
  defaultSets: exercises.defaultSets,
  defaultSetsMax: exercises.defaultSetsMax,
  setsNote: exercises.setsNote,
  defaultReps: exercises.defaultReps,
  defaultRepsMax: exercises.defaultRepsMax,
  repsNote: exercises.repsNote,
  defaultHoldSeconds: exercises.defaultHoldSeconds,
  defaultHoldSecondsMax: exercises.defaultHoldSecondsMax,
  defaultRestSeconds: exercises.defaultRestSeconds,
  defaultRestSecondsMax: exercises.defaultRestSecondsMax,
  easier: exercises.easier,
  harder: exercises.harder,
  cautions: exercises.cautions,
  illustrationSrc: exercises.illustrationSrc,
  illustrationAlt: exercises.illustrationAlt,
};

/** The library's records for these slugs, keyed by slug (an article's exercise blocks). */
export async function exerciseRecordsBySlug(
  slugs: readonly string[],
  executor: Executor = db,
): Promise<Map<string, ExerciseRecord>> {
  if (slugs.length === 0) return new Map();
  const rows = await executor
    .select(exerciseRecordColumns)
    .from(exercises)
    .where(inArray(exercises.slug, [...new Set(slugs)]));
  return new Map(rows.map((r) => [r.slug, r]));
}

export type LibraryExercise = ExerciseRecord & { id: string; sourceArticleSlug: string | null };

export async function listExercises(executor: Executor = db): Promise<LibraryExercise[]> {
  return executor
    .select({
      id: exercises.id,
      sourceArticleSlug: exercises.sourceArticleSlug,
      ...exerciseRecordColumns,
    })
    .from(exercises)
    .orderBy(asc(exercises.name));
}

export async function getExercise(id: string, executor: Executor = db) {
  const [row] = await executor
    .select({
      id: exercises.id,
      sourceArticleSlug: exercises.sourceArticleSlug,
      ...exerciseRecordColumns,
    })
    .from(exercises)
    .where(eq(exercises.id, id));
  return row ?? null;
}

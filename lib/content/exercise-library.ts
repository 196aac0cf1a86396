import 'server-only';
import { eq, sql, type AnyColumn } from 'drizzle-orm';
import { db } from '@/db';
import { exercises } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import type { ExerciseEditorInput } from '@/lib/validations/care-plans';
import { exerciseSlug } from './exercise-record';
import { fail, type ActionResult } from '@/lib/actions/result';

const uniqueViolation = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { code?: string }).code === '23505' ||
    (error as { cause?: { code?: string } }).cause?.code === '23505');

/**
 * Adds or edits a library exercise (admins and practitioners). The slug is made from the name
 * once and then kept, so articles naming the exercise keep finding it after a rename. Every field
 * is plain text; the caller revalidates the articles, which render their blocks from these rows.
 */
export async function saveExercise(
  staff: StaffPrincipal,
  input: ExerciseEditorInput,
  now = new Date(),
): Promise<ActionResult<{ id: string; slug: string }>> {
  if (staff.role !== 'admin' && staff.role !== 'practitioner')
    return fail('Only admins and practitioners edit the exercise library.');
  const base = {
    name: input.name,
    purpose: input.purpose,
    steps: input.steps,
    defaultSets: input.defaultSets,
    defaultReps: input.defaultReps ?? null,
    repsNote: input.repsNote || null,
    defaultHoldSeconds: input.defaultHoldSeconds ?? null,
    defaultRestSeconds: input.defaultRestSeconds ?? null,
    easier: input.easier || null,
    harder: input.harder || null,
    cautions: input.cautions || null,
    illustrationSrc: input.illustrationSrc || null,
    illustrationAlt: input.illustrationSrc ? input.illustrationAlt : null,
    updatedAt: now,
  };
  // The editor sets single numbers; a range the seed read from an article ("2–3 sets") keeps its
  // top while it is still above the new number, and is dropped otherwise.
  const keepTop = (top: AnyColumn, low: number | null) =>
    low === null ? null : sql<number | null>`case when ${top} > ${low} then ${top} end`;
  const updated = {
    ...base,
    defaultSetsMax: keepTop(exercises.defaultSetsMax, input.defaultSets),
    defaultRepsMax: keepTop(exercises.defaultRepsMax, input.defaultReps ?? null),
    defaultHoldSecondsMax: keepTop(
      exercises.defaultHoldSecondsMax,
      input.defaultHoldSeconds ?? null,
    ),
    defaultRestSecondsMax: keepTop(
      exercises.defaultRestSecondsMax,
      input.defaultRestSeconds ?? null,
    ),
  };
  try {
    return await db.transaction(async (tx) => {
      const [row] = input.id
        ? await tx
            .update(exercises)
            .set(updated)
            .where(eq(exercises.id, input.id))
            .returning({ id: exercises.id, slug: exercises.slug })
        : await tx
            .insert(exercises)
            .values({ ...base, slug: exerciseSlug(input.name), createdAt: now })
            .returning({ id: exercises.id, slug: exercises.slug });
      if (!row) return { ok: false as const, formError: 'That exercise no longer exists.' };
      await writeAudit(
        {
          actorStaffId: staff.id,
          action: input.id ? 'exercise.update' : 'exercise.create',
          entityType: 'exercise',
          entityId: row.id,
        },
        tx,
      );
      return { ok: true as const, data: row };
    });
  } catch (error) {
    if (uniqueViolation(error))
      return {
        ok: false,
        fieldErrors: { name: ['The library already has an exercise with this name.'] },
      };
    throw error;
  }
}

'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { saveExercise } from '@/lib/content/exercise-library';
import { revalidateArticles } from '@/lib/content/revalidate';
import { exerciseEditorSchema } from '@/lib/validations/care-plans';

/**
 * Add or edit a library exercise. Articles render their exercise blocks from the library, so an
 * edit expires the articles' cached reads (tag `articles`) like an article edit does.
 */
export const saveExerciseAction = staffAction(
  ['admin', 'practitioner'],
  exerciseEditorSchema,
  async (staff, input) => {
    const outcome = await saveExercise(staff, input);
    if (outcome.ok) {
      revalidateArticles();
      revalidatePath('/dashboard/exercises');
    }
    return outcome;
  },
);

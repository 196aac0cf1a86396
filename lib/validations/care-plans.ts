import { z } from './zod';
import { serviceSlugField, weekdaysField } from './fields';
import { UUID } from './fields';

const uuid = z.string().regex(UUID, 'Unknown record.');
const localDate = z.iso.date({ error: 'Enter a date.' });
const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 09:00.');
/** A form's empty field is "not given", not zero. */
const blankAsUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a whole number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} can be at most ${max}.`);

/** The visits part of "Create care plan": what to ask the diary for. */
export const planRhythmSchema = z.object({
  patientId: uuid,
  practitionerId: z.string().regex(UUID, 'Choose a practitioner.'),
  service: serviceSlugField(),
  count: whole('Number of visits', 1, 24),
  perWeek: whole('Visits a week', 1, 7),
  weekdays: weekdaysField('Choose at least one weekday.'),
  time: wallTime,
  startDate: localDate,
});
export type PlanRhythmInput = z.infer<typeof planRhythmSchema>;

/** Confirming the reviewed times (each possibly edited) books them all or none. */
export const confirmPlanSchema = planRhythmSchema.extend({
  visits: z
    .array(z.object({ date: localDate, time: wallTime }))
    .min(1, 'A plan needs at least one visit.')
    .max(24, 'At most 24 visits in one plan.'),
  notes: z.string().trim().max(4000, 'Keep notes under 4,000 characters.').default(''),
});
export type ConfirmPlanInput = z.infer<typeof confirmPlanSchema>;

/** One exercise's dosage for this patient; reps, a hold, or both. */
export const prescriptionSchema = z
  .object({
    planId: uuid,
    exerciseId: z.string().regex(UUID, 'Choose an exercise.'),
    sets: whole('Sets', 1, 10),
    reps: z.preprocess(blankAsUndefined, whole('Reps', 1, 100).optional()),
    holdSeconds: z.preprocess(blankAsUndefined, whole('Hold', 1, 300).optional()),
    perWeek: whole('Times a week', 1, 7),
    note: z.string().trim().max(500, 'Keep the note under 500 characters.').default(''),
    startsOn: z.preprocess(blankAsUndefined, localDate.optional()),
    endsOn: z.preprocess(blankAsUndefined, localDate.optional()),
  })
  .superRefine((v, ctx) => {
    if (v.reps === undefined && v.holdSeconds === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['reps'],
        message: 'Give reps, a hold in seconds, or both.',
      });
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
      ctx.addIssue({
        code: 'custom',
        path: ['endsOn'],
        message: 'The end date must not be before the start.',
      });
  });
export type PrescriptionInput = z.infer<typeof prescriptionSchema>;

export const planExerciseRefSchema = z.object({ planId: uuid, planExerciseId: uuid });
export const planRefSchema = z.object({ planId: uuid });
export const planNotesSchema = z.object({
  planId: uuid,
  notes: z.string().trim().max(4000, 'Keep notes under 4,000 characters.'),
});

/** A patient's "done today" tick from My plan. */
export const tickSchema = z.object({
  planExerciseId: uuid,
  pain: z.preprocess(blankAsUndefined, whole('Pain', 0, 10).optional()),
});

/** The exercise library editor (plain text everywhere; the illustration is one of ours). */
export const exerciseEditorSchema = z
  .object({
    id: z.preprocess(blankAsUndefined, uuid.optional()),
    name: z
      .string()
      .trim()
      .min(1, 'Give the exercise a name.')
      .max(120, 'Keep the name under 120 characters.'),
    purpose: z.string().trim().max(1000, 'Keep the purpose under 1,000 characters.').default(''),
    steps: z
      .string()
      .max(4000, 'Keep the steps under 4,000 characters.')
      .transform((s) =>
        s
          .split(/\r?\n/)
          .map((l) => l.replace(/^\s*\d+[.)]\s*/, '').trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(z.string().max(400, 'Keep each step under 400 characters.'))
          .min(1, 'Give at least one step, one per line.')
          .max(12, 'At most 12 steps.'),
      ),
    defaultSets: whole('Sets', 1, 20),
    defaultReps: z.preprocess(blankAsUndefined, whole('Reps', 1, 200).optional()),
    repsNote: z.string().trim().max(60, 'Keep it under 60 characters.').default(''),
    defaultHoldSeconds: z.preprocess(blankAsUndefined, whole('Hold', 1, 600).optional()),
    defaultRestSeconds: z.preprocess(blankAsUndefined, whole('Rest', 0, 600).optional()),
    easier: z.string().trim().max(400, 'Keep it under 400 characters.').default(''),
    harder: z.string().trim().max(400, 'Keep it under 400 characters.').default(''),
    cautions: z.string().trim().max(600, 'Keep it under 600 characters.').default(''),
    illustrationSrc: z
      .string()
      .trim()
      .regex(
        /^(\/illustrations\/[a-z0-9-]+\.svg)?$/,
        'Use one of our illustrations, like /illustrations/glute-bridge.svg.',
      )
      .default(''),
    illustrationAlt: z
      .string()
      .trim()
      .max(400, 'Keep the description under 400 characters.')
      .default(''),
  })
  .superRefine((v, ctx) => {
    if (v.defaultReps === undefined && v.defaultHoldSeconds === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['defaultReps'],
        message: 'Give reps, a hold in seconds, or both.',
      });
    if (v.illustrationSrc && !v.illustrationAlt)
      ctx.addIssue({
        code: 'custom',
        path: ['illustrationAlt'],
        message: 'Describe the illustration for people who cannot see it.',
      });
  });
export type ExerciseEditorInput = z.infer<typeof exerciseEditorSchema>;

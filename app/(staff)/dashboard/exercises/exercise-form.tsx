'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ExerciseCard } from '@/components/care-plans/exercise-card';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { doseLines, type ExerciseRecord } from '@/lib/content/exercise-record';
import { saveExerciseAction } from './actions';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextArea, TextInput } from '@/components/forms/controls';
import { FormStatus } from '@/components/forms/form-status';

export type ExerciseFormValues = {
  name: string;
  purpose: string;
  steps: string;
  defaultSets: string;
  defaultReps: string;
  repsNote: string;
  defaultHoldSeconds: string;
  defaultRestSeconds: string;
  easier: string;
  harder: string;
  cautions: string;
  illustrationSrc: string;
  illustrationAlt: string;
};
const FIELDS = [
  'name',
  'purpose',
  'steps',
  'defaultSets',
  'defaultReps',
  'repsNote',
  'defaultHoldSeconds',
  'defaultRestSeconds',
  'easier',
  'harder',
  'cautions',
  'illustrationSrc',
  'illustrationAlt',
] as const;

const num = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v) : null);

/** What the preview shows: the same card patients see, from what is typed (text only, escaped by React). */
function previewRecord(v: ExerciseFormValues): ExerciseRecord {
  return {
    slug: 'preview',
    name: v.name || 'Untitled exercise',
    purpose: v.purpose,
    steps: v.steps
      .split(/\r?\n/)
      .map((l) => l.replace(/^\s*\d+[.)]\s*/, '').trim())
      .filter(Boolean),
    defaultSets: num(v.defaultSets) ?? 1,
    defaultSetsMax: null,
    setsNote: null,
    defaultReps: num(v.defaultReps),
    defaultRepsMax: null,
    repsNote: v.repsNote || null,
    defaultHoldSeconds: num(v.defaultHoldSeconds),
    defaultHoldSecondsMax: null,
    defaultRestSeconds: num(v.defaultRestSeconds),
    defaultRestSecondsMax: null,
    easier: v.easier || null,
    harder: v.harder || null,
    cautions: v.cautions || null,
    illustrationSrc: /^\/illustrations\/[a-z0-9-]+\.svg$/.test(v.illustrationSrc)
      ? v.illustrationSrc
      : null,
    illustrationAlt: v.illustrationAlt || null,
  };
}

export function ExerciseForm({ id, defaults }: { id?: string; defaults: ExerciseFormValues }) {
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<ExerciseFormValues>({ defaultValues: defaults });
  const values = useWatch({ control: form.control }) as ExerciseFormValues;
  const { errors, isSubmitting } = form.formState;
  const preview = previewRecord({ ...defaults, ...values });

  const submit = form.handleSubmit(async (v) => {
    setSaved(null);
    const result = await saveExerciseAction({ ...v, id: id ?? '' });
    if (!result.ok) return applyServerErrors(result, form.setError, FIELDS);
    if (!id) return router.push(`/dashboard/exercises/${result.data.id}?saved=1`);
    setSaved('Saved. Articles showing this exercise are updated.');
  });

  const field = (
    name: (typeof FIELDS)[number],
    label: string,
    extra: Record<string, unknown> = {},
  ) => (
    <TextInput
      id={`exercise-${name}`}
      label={label}
      error={errors[name]?.message}
      registration={form.register(name)}
      {...extra}
    />
  );

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form onSubmit={(e) => void submit(e)} noValidate className="space-y-4">
        {field('name', 'Name')}
        <TextArea
          id="exercise-purpose"
          label="What it is for"
          optional
          rows={3}
          error={errors.purpose?.message}
          registration={form.register('purpose')}
        />
        <TextArea
          id="exercise-steps"
          label="Steps"
          hint="One step per line."
          rows={5}
          error={errors.steps?.message}
          registration={form.register('steps')}
        />
        <div className="grid grid-cols-2 gap-4">
          {field('defaultSets', 'Sets', { type: 'number', inputMode: 'numeric', min: 1, max: 20 })}
          {field('defaultReps', 'Reps', {
            type: 'number',
            inputMode: 'numeric',
            min: 1,
            max: 200,
            optional: true,
          })}
          {field('repsNote', 'After the reps', { optional: true, hint: 'e.g. per side' })}
          {field('defaultHoldSeconds', 'Hold or time (seconds)', {
            type: 'number',
            inputMode: 'numeric',
            min: 1,
            max: 600,
            optional: true,
          })}
          {field('defaultRestSeconds', 'Rest (seconds)', {
            type: 'number',
            inputMode: 'numeric',
            min: 0,
            max: 600,
            optional: true,
            hint: 'Empty: as needed',
          })}
        </div>
        <TextArea
          id="exercise-easier"
          label="Make it easier"
          optional
          rows={2}
          error={errors.easier?.message}
          registration={form.register('easier')}
        />
        <TextArea
          id="exercise-harder"
          label="Make it harder"
          optional
          rows={2}
          error={errors.harder?.message}
          registration={form.register('harder')}
        />
        <TextArea
          id="exercise-cautions"
          label="Cautions"
          optional
          rows={2}
          error={errors.cautions?.message}
          registration={form.register('cautions')}
        />
        {field('illustrationSrc', 'Illustration', {
          optional: true,
          hint: 'One of ours, e.g. /illustrations/core-strength-for-runners-glute-bridge.svg',
        })}
        <TextArea
          id="exercise-illustrationAlt"
          label="Illustration description"
          optional
          rows={2}
          error={errors.illustrationAlt?.message}
          registration={form.register('illustrationAlt')}
        />
        <FormStatus id="exercise-result" error={errors.root?.server?.message} success={saved} />
        <SubmitButton pending={isSubmitting} pendingLabel="Saving…" size="sm">
          Save exercise
        </SubmitButton>
      </form>
      <section aria-labelledby="exercise-preview-title">
        <h2 id="exercise-preview-title" className="mb-3 text-xl">
          Preview
        </h2>
        <ExerciseCard
          exercise={preview}
          headingId="exercise-preview-name"
          headingLevel={3}
          dose={
            <dl className="flex flex-wrap gap-x-4">
              {doseLines(preview).map((l) => (
                <div key={l.label} className="flex gap-1">
                  <dt className="font-semibold">{l.label}:</dt>
                  <dd>{l.value}</dd>
                </div>
              ))}
            </dl>
          }
        />
      </section>
    </div>
  );
}

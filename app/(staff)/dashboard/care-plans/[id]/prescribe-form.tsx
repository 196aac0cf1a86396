'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { prescribeExerciseAction } from '../actions';
import { Select, TextInput } from '@/components/forms/controls';
import { SubmitButton } from '@/components/forms/submit-button';
import { FormStatus } from '@/components/forms/form-status';

type Values = {
  exerciseId: string;
  sets: string;
  reps: string;
  holdSeconds: string;
  perWeek: string;
  note: string;
  startsOn: string;
  endsOn: string;
};
const FIELDS = [
  'exerciseId',
  'sets',
  'reps',
  'holdSeconds',
  'perWeek',
  'note',
  'startsOn',
  'endsOn',
] as const;

export interface ExerciseOption {
  id: string;
  name: string;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
}

/** Adds an exercise from the library with this patient's dosage; the dosage starts at the library's default. */
export function PrescribeForm({ planId, options }: { planId: string; options: ExerciseOption[] }) {
  const [saved, setSaved] = useState<string | null>(null);
  const first = options[0];
  const blank = (o: ExerciseOption | undefined): Values => ({
    exerciseId: o?.id ?? '',
    sets: String(Math.min(o?.sets ?? 2, 10)),
    reps: o?.reps ? String(Math.min(o.reps, 100)) : '',
    holdSeconds: o?.holdSeconds ? String(Math.min(o.holdSeconds, 300)) : '',
    perWeek: '7',
    note: '',
    startsOn: '',
    endsOn: '',
  });
  const form = useForm<Values>({ defaultValues: blank(first) });
  const { errors, isSubmitting } = form.formState;
  const exerciseField = form.register('exerciseId', {
    onChange: (e: { target: { value: string } }) => {
      const o = options.find((x) => x.id === e.target.value);
      const next = blank(o);
      form.setValue('sets', next.sets);
      form.setValue('reps', next.reps);
      form.setValue('holdSeconds', next.holdSeconds);
    },
  });

  const submit = form.handleSubmit(async (values) => {
    setSaved(null);
    const result = await prescribeExerciseAction({ planId, ...values });
    if (result.ok) {
      const name = options.find((o) => o.id === values.exerciseId)?.name ?? 'Exercise';
      setSaved(`${name} added to the plan.`);
    } else applyServerErrors(result, form.setError, FIELDS);
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="space-y-4">
      <Select
        id="rx-exercise"
        label="Exercise"
        options={options.map((o) => ({ value: o.id, label: o.name }))}
        error={errors.exerciseId?.message}
        registration={exerciseField}
      />
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <TextInput
          id="rx-sets"
          label="Sets"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          error={errors.sets?.message}
          registration={form.register('sets')}
        />
        <TextInput
          id="rx-reps"
          label="Reps"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          optional
          error={errors.reps?.message}
          registration={form.register('reps')}
        />
        <TextInput
          id="rx-hold"
          label="Hold (seconds)"
          type="number"
          inputMode="numeric"
          min={1}
          max={300}
          optional
          error={errors.holdSeconds?.message}
          registration={form.register('holdSeconds')}
        />
        <TextInput
          id="rx-per-week"
          label="Times a week"
          type="number"
          inputMode="numeric"
          min={1}
          max={7}
          hint="7 = daily"
          error={errors.perWeek?.message}
          registration={form.register('perWeek')}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          id="rx-starts"
          label="Start date"
          type="date"
          optional
          error={errors.startsOn?.message}
          registration={form.register('startsOn')}
        />
        <TextInput
          id="rx-ends"
          label="End date"
          type="date"
          optional
          error={errors.endsOn?.message}
          registration={form.register('endsOn')}
        />
      </div>
      <TextInput
        id="rx-note"
        label="Note for the patient"
        optional
        error={errors.note?.message}
        registration={form.register('note')}
      />
      <FormStatus id="rx-result" error={errors.root?.server?.message} success={saved} />
      <SubmitButton pending={isSubmitting} pendingLabel="Adding…" size="sm">
        Add exercise
      </SubmitButton>
    </form>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { weekdayName } from '@/lib/format';
import { createCarePlanAction, proposePlanVisitsAction, type ProposedTime } from '../actions';
import { FieldError } from '@/components/forms/field';
import { Select, TextArea, TextInput } from '@/components/forms/controls';
import { SubmitButton } from '@/components/forms/submit-button';
import { FormStatus } from '@/components/forms/form-status';

type Values = {
  practitionerId: string;
  service: string;
  count: string;
  perWeek: string;
  weekdays: string[];
  time: string;
  startDate: string;
  notes: string;
  visits: Array<{ date: string; time: string; asked: boolean }>;
};

const RHYTHM_FIELDS = [
  'practitionerId',
  'service',
  'count',
  'perWeek',
  'weekdays',
  'time',
  'startDate',
] as const;

export interface PlanFormProps {
  patientId: string;
  practitioners: Array<{ value: string; label: string }>;
  services: Array<{ value: string; label: string }>;
  defaults: Omit<Values, 'visits' | 'notes'>;
}

/**
 * Create care plan: the rhythm → proposed times for review (each editable) → book them all in
 * one go. A time taken meanwhile books nothing and is marked beside its field.
 */
export function PlanForm({ patientId, practitioners, services, defaults }: PlanFormProps) {
  const router = useRouter();
  const [reviewing, setReviewing] = useState(false);
  const form = useForm<Values>({ defaultValues: { ...defaults, notes: '', visits: [] } });
  const visits = useFieldArray({ control: form.control, name: 'visits' });
  const { errors, isSubmitting } = form.formState;

  const rhythm = (v: Values) => ({
    patientId,
    practitionerId: v.practitionerId,
    service: v.service,
    count: v.count,
    perWeek: v.perWeek,
    weekdays: v.weekdays,
    time: v.time,
    startDate: v.startDate,
  });

  const propose = form.handleSubmit(async (values) => {
    const result = await proposePlanVisitsAction(rhythm(values));
    if (!result.ok) return applyServerErrors(result, form.setError, [...RHYTHM_FIELDS]);
    visits.replace(
      result.data.visits.map((v: ProposedTime) => ({
        date: v.date || v.wantedDate,
        time: v.time,
        asked: v.asked,
      })),
    );
    setReviewing(true);
    result.data.visits.forEach((v, i) => {
      if (!v.date)
        form.setError(`visits.${i}.time`, {
          type: 'server',
          message: 'Nothing open near this day: choose a time.',
        });
    });
  });

  const confirm = form.handleSubmit(async (values) => {
    const result = await createCarePlanAction({
      ...rhythm(values),
      notes: values.notes,
      visits: values.visits.map(({ date, time }) => ({ date, time })),
    });
    if (result.ok) return router.push(`/dashboard/care-plans/${result.data.planId}?created=1`);
    applyServerErrors(result, form.setError, [
      ...RHYTHM_FIELDS,
      'notes',
      ...values.visits.flatMap((_, i) => [
        `visits.${i}.date` as const,
        `visits.${i}.time` as const,
      ]),
    ]);
  });

  return (
    <form
      onSubmit={(e) => void (reviewing ? confirm(e) : propose(e))}
      noValidate
      className="space-y-5"
    >
      <fieldset className="grid gap-4 sm:grid-cols-2" disabled={reviewing}>
        <legend className="mb-2 text-xl font-semibold">Visits</legend>
        <Select
          id="plan-service"
          label="Therapy"
          options={services}
          error={errors.service?.message}
          registration={form.register('service')}
        />
        <Select
          id="plan-practitioner"
          label="Practitioner"
          options={practitioners}
          error={errors.practitionerId?.message}
          registration={form.register('practitionerId')}
        />
        <TextInput
          id="plan-count"
          label="Number of visits"
          type="number"
          inputMode="numeric"
          min={1}
          max={24}
          error={errors.count?.message}
          registration={form.register('count')}
        />
        <TextInput
          id="plan-per-week"
          label="Visits a week"
          type="number"
          inputMode="numeric"
          min={1}
          max={7}
          error={errors.perWeek?.message}
          registration={form.register('perWeek')}
        />
        <fieldset
          className="sm:col-span-2"
          aria-describedby={errors.weekdays ? 'plan-weekdays-error' : undefined}
        >
          <legend className="font-semibold">Preferred weekdays</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
            {[1, 2, 3, 4, 5, 6, 7].map((d) => (
              <label key={d} className="inline-flex min-h-10 items-center gap-2">
                <input
                  type="checkbox"
                  value={String(d)}
                  className="size-5"
                  {...form.register('weekdays')}
                />
                {weekdayName(d)}
              </label>
            ))}
          </div>
          <FieldError id="plan-weekdays" message={errors.weekdays?.message} />
        </fieldset>
        <TextInput
          id="plan-time"
          label="Preferred time"
          type="time"
          step={900}
          error={errors.time?.message}
          registration={form.register('time')}
        />
        <TextInput
          id="plan-start"
          label="First week from"
          type="date"
          error={errors.startDate?.message}
          registration={form.register('startDate')}
        />
      </fieldset>

      {reviewing ? (
        <section aria-labelledby="review-title" className="space-y-3">
          <h2 id="review-title" className="text-xl">
            Proposed times
          </h2>
          <p className="text-muted">
            Check each visit and change any date or time; nothing is booked until you confirm.
          </p>
          <ol className="space-y-3">
            {visits.fields.map((field, i) => (
              <li
                key={field.id}
                className="grid gap-3 rounded-lg border border-sand-200 p-3 sm:grid-cols-[auto_1fr_1fr] sm:items-start"
              >
                <p className="font-semibold sm:pt-8">
                  Visit {i + 1}
                  {field.asked ? (
                    ''
                  ) : (
                    <span className="block text-sm font-normal text-muted">nearest open time</span>
                  )}
                </p>
                <TextInput
                  id={`visit-${i}-date`}
                  label={`Visit ${i + 1} date`}
                  type="date"
                  error={errors.visits?.[i]?.date?.message}
                  registration={form.register(`visits.${i}.date`)}
                />
                <TextInput
                  id={`visit-${i}-time`}
                  label={`Visit ${i + 1} time`}
                  type="time"
                  step={900}
                  error={errors.visits?.[i]?.time?.message}
                  registration={form.register(`visits.${i}.time`)}
                />
              </li>
            ))}
          </ol>
          <TextArea
            id="plan-notes"
            label="Plan notes (clinical)"
            optional
            rows={3}
            hint="Seen only by the treating practitioner and admins."
            error={errors.notes?.message}
            registration={form.register('notes')}
          />
        </section>
      ) : null}

      <FormStatus id="plan-result" error={errors.root?.server?.message} />
      <div className="flex flex-wrap gap-3">
        {reviewing ? (
          <>
            <SubmitButton pending={isSubmitting} pendingLabel="Booking…" size="sm">
              Book all {visits.fields.length} visits
            </SubmitButton>
            <button
              type="button"
              className="min-h-10 font-semibold text-brand-800 underline"
              onClick={() => setReviewing(false)}
            >
              Change the rhythm
            </button>
          </>
        ) : (
          <SubmitButton pending={isSubmitting} pendingLabel="Finding times…" size="sm">
            Propose times
          </SubmitButton>
        )}
      </div>
    </form>
  );
}

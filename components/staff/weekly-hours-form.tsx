'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import {
  replaceOpeningHoursAction,
  replaceWorkingHoursAction,
} from '@/app/(staff)/dashboard/clinic/actions';
import { openingHoursSchema, type WeeklyHours } from '@/lib/validations/clinic-admin';
import { controlClass, describedBy, FieldError } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { buttonClasses } from '@/components/ui/button';
import { WEEKDAYS } from './labels';
import { applyServerErrors } from '@/components/forms/apply-server-errors';

type Values = { hours: WeeklyHours };

/**
 * A week of clinic-local intervals (several a day allowed): the clinic's opening hours, or one
 * practitioner's working hours when `practitionerId` is given. Keyboard-usable native controls.
 */
export function WeeklyHoursForm({
  initial,
  practitionerId,
  label,
}: {
  initial: WeeklyHours;
  practitionerId?: string;
  label: string;
}) {
  const [saved, setSaved] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(openingHoursSchema),
    defaultValues: { hours: initial },
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'hours' });
  const prefix = practitionerId ? `wh-${practitionerId.slice(0, 8)}` : 'oh';

  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    const hours = [...values.hours].sort(
      (a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start),
    );
    const result = practitionerId
      ? await replaceWorkingHoursAction({ practitionerId, hours })
      : await replaceOpeningHoursAction({ hours });
    if (!result.ok) return applyServerErrors(result, setError, ['hours']);
    setSaved(true);
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
      <fieldset>
        <legend className="sr-only">{label}</legend>
        {fields.length === 0 ? <p className="text-muted">No hours: closed all week.</p> : null}
        <ul className="space-y-2">
          {fields.map((field, i) => {
            const rowErrors = errors.hours?.[i];
            const id = `${prefix}-${i}`;
            return (
              <li key={field.id}>
                <div
                  role="group"
                  aria-label={`Interval ${i + 1}`}
                  className="flex flex-wrap items-end gap-2"
                >
                  <div>
                    <label htmlFor={`${id}-day`} className="block text-sm font-semibold">
                      Day
                    </label>
                    <select
                      id={`${id}-day`}
                      className={controlClass()}
                      {...register(`hours.${i}.weekday`, { valueAsNumber: true })}
                    >
                      {WEEKDAYS.map((d) => (
                        <option key={d.value} value={d.value}>
                          {d.label}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label htmlFor={`${id}-start`} className="block text-sm font-semibold">
                      From
                    </label>
                    <input
                      id={`${id}-start`}
                      type="time"
                      step={300}
                      aria-invalid={rowErrors?.start ? true : undefined}
                      aria-describedby={describedBy(`${id}-start`, false, !!rowErrors?.start)}
                      className={controlClass({ invalid: !!rowErrors?.start })}
                      {...register(`hours.${i}.start`)}
                    />
                  </div>
                  <div>
                    <label htmlFor={`${id}-end`} className="block text-sm font-semibold">
                      To
                    </label>
                    <input
                      id={`${id}-end`}
                      type="time"
                      step={300}
                      aria-invalid={rowErrors?.end ? true : undefined}
                      aria-describedby={describedBy(`${id}-end`, false, !!rowErrors?.end)}
                      className={controlClass({ invalid: !!rowErrors?.end })}
                      {...register(`hours.${i}.end`)}
                    />
                  </div>
                  <button
                    type="button"
                    onClick={() => remove(i)}
                    className={buttonClasses({ variant: 'secondary', size: 'sm' })}
                    aria-label={`Remove interval ${i + 1}`}
                  >
                    Remove
                  </button>
                  <div className="w-full">
                    <FieldError id={`${id}-start`} message={rowErrors?.start?.message} />
                    <FieldError id={`${id}-end`} message={rowErrors?.end?.message} />
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => append({ weekday: 1, start: '09:00', end: '17:00' })}
          className={buttonClasses({ variant: 'secondary', size: 'sm' })}
        >
          Add interval
        </button>
        <SubmitButton pending={isSubmitting} pendingLabel="Saving…" size="sm">
          Save hours
        </SubmitButton>
      </div>
      <FormStatus
        error={errors.root?.server?.message ?? errors.hours?.message ?? errors.hours?.root?.message}
        success={saved ? 'Hours saved.' : undefined}
      />
    </form>
  );
}

import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, FieldError, FieldHint } from './field';

/** A fieldset of radios or checkboxes with a legend, an optional hint and one error for the group. */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  type,
  options,
  registration,
  columns = false,
}: {
  id: string;
  legend: ReactNode;
  hint?: string;
  error?: string;
  type: 'radio' | 'checkbox';
  options: ReadonlyArray<readonly [value: string, label: string]>;
  registration: UseFormRegisterReturn;
  columns?: boolean;
}) {
  return (
    <fieldset aria-describedby={describedBy(id, !!hint, !!error)}>
      <legend className="font-semibold text-ink">{legend}</legend>
      <FieldHint id={id} hint={hint} />
      <div className={`mt-2 grid gap-2 ${columns ? 'sm:grid-cols-2' : ''}`}>
        {options.map(([value, label]) => {
          const optionId = `${id}-${value}`;
          return (
            <label
              key={value}
              className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border bg-white px-3.5 py-2.5 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 ${
                error ? 'border-clay-700' : 'border-sand-300'
              }`}
            >
              <input
                id={optionId}
                type={type}
                value={value}
                aria-invalid={error ? true : undefined}
                className="size-5 shrink-0 accent-brand-800"
                {...registration}
              />
              <span className="text-ink">{label}</span>
            </label>
          );
        })}
      </div>
      <FieldError id={id} message={error} />
    </fieldset>
  );
}

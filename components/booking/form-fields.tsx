import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy } from '@/components/forms/field';
import { AlertIcon } from '@/components/ui/icons';

// Re-exported: the booking and staff forms import it from this kit.
export { describedBy };

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="mt-1.5 flex items-start gap-1.5 font-medium text-clay-800">
      <AlertIcon className="mt-0.5 size-5" />
      <span>{message}</span>
    </p>
  );
}

const controlClass =
  'block w-full rounded-lg border bg-white px-3.5 py-3 text-base text-ink placeholder:text-muted focus-visible:outline-3 focus-visible:outline-offset-2';

export function TextField({
  id,
  label,
  hint,
  error,
  registration,
  optional,
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
  optional?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-ink">
        {label}
        {optional ? <span className="font-normal text-muted"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-[0.95rem] text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, !!hint, !!error)}
        className={`mt-1.5 min-h-12 ${controlClass} ${error ? 'border-clay-700' : 'border-sand-300'}`}
        {...input}
        {...registration}
      />
      <FieldError id={id} message={error} />
    </div>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  registration,
  ...textarea
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'>) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-ink">
        {label} <span className="font-normal text-muted">(optional)</span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-[0.95rem] text-muted">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, !!hint, !!error)}
        className={`mt-1.5 ${controlClass} ${error ? 'border-clay-700' : 'border-sand-300'}`}
        {...textarea}
        {...registration}
      />
      <FieldError id={id} message={error} />
    </div>
  );
}

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
      {hint ? (
        <p id={`${id}-hint`} className="text-[0.95rem] text-muted">
          {hint}
        </p>
      ) : null}
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

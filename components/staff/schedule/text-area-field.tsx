import type { TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, FieldError } from '@/components/booking/form-fields';

/** A labelled textarea with hint and error tied to it (the booking kit's one is optional-only). */
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
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-[0.95rem] text-muted">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, !!hint, !!error)}
        className={`mt-1.5 block w-full rounded-lg border bg-white px-3.5 py-3 text-base text-ink ${error ? 'border-clay-700' : 'border-sand-300'}`}
        {...textarea}
        {...registration}
      />
      <FieldError id={id} message={error} />
    </div>
  );
}

import type { TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError } from '@/components/booking/form-fields';
import { Field, type FieldLook } from '@/components/forms/field';

// The schedule pages sit next to the booking flow, so they keep the booking kit's look.
const bookingLook: FieldLook = {
  label: 'block font-semibold text-ink',
  hint: 'text-[0.95rem] text-muted',
  Error: FieldError,
};

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
    <Field id={id} label={label} hint={hint} error={error} look={bookingLook}>
      {(a11y) => (
        <textarea
          {...a11y}
          className={`mt-1.5 block w-full rounded-lg border bg-white px-3.5 py-3 text-base text-ink ${error ? 'border-clay-700' : 'border-sand-300'}`}
          {...textarea}
          {...registration}
        />
      )}
    </Field>
  );
}

import type {
  ComponentProps,
  InputHTMLAttributes,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import {
  controlA11y,
  controlClass,
  Field,
  FieldError,
  FieldHint,
  type FieldFrameProps,
} from './field';

/**
 * Labelled controls on the one field frame (./field.tsx): a visible label, an optional hint and
 * the field's error tied to the control with aria-describedby and aria-invalid.
 */

type Density = 'compact' | 'roomy';
type Common = FieldFrameProps & { registration: UseFormRegisterReturn; density?: Density };

/** Splits the frame's props from the control's. */
function splitFrame<T extends FieldFrameProps & { density?: Density }>({
  id,
  label,
  hint,
  error,
  optional,
  className,
  density,
  ...control
}: T) {
  return { frame: { id, label, hint, error, optional, className }, density, control };
}

export function TextInput({
  registration,
  ...props
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>) {
  const { frame, density, control } = splitFrame(props);
  return (
    <Field {...frame}>
      {(a11y) => (
        <input
          {...a11y}
          type="text"
          className={controlClass({ density, invalid: !!frame.error })}
          {...control}
          {...registration}
        />
      )}
    </Field>
  );
}

/** Register a number field with this so the form gets a number, not the input's string. */
export const asNumber = { valueAsNumber: true } as const;

/**
 * A TextInput for numbers: numeric keypad on phones unless the caller asks for another (e.g.
 * "decimal" for prices). Callers' own props come last, so they can override either default.
 */
export function NumberField(props: ComponentProps<typeof TextInput>) {
  return <TextInput type="number" inputMode="numeric" {...props} />;
}

export function TextArea({
  registration,
  ...props
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'>) {
  const { frame, density, control } = splitFrame(props);
  return (
    <Field {...frame}>
      {(a11y) => (
        <textarea
          {...a11y}
          className={controlClass({ density, invalid: !!frame.error })}
          {...control}
          {...registration}
        />
      )}
    </Field>
  );
}

export function Select({
  registration,
  options,
  ...props
}: Common & { options: ReadonlyArray<{ value: string; label: string; disabled?: boolean }> } & Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    'id' | 'name'
  >) {
  const { frame, density, control } = splitFrame(props);
  return (
    <Field {...frame}>
      {(a11y) => (
        <select
          {...a11y}
          className={controlClass({ density, invalid: !!frame.error })}
          {...control}
          {...registration}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({
  id,
  label,
  hint,
  error,
  registration,
  className,
}: Omit<Common, 'optional' | 'density'>) {
  return (
    <div className={className}>
      <div className="flex items-start gap-2">
        <input
          {...controlA11y(id, !!hint, !!error)}
          type="checkbox"
          className="mt-1 size-5 accent-brand-700"
          {...registration}
        />
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
      </div>
      <div className="pl-7">
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} message={error} />
      </div>
    </div>
  );
}

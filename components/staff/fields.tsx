import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { controlA11y, Field, type FieldFrameProps, type FieldLook } from '@/components/forms/field';

/**
 * Dashboard form controls: a visible label, an optional hint and the field's error tied to the
 * control with aria-describedby (and aria-invalid), so screen readers read both on focus.
 */

// Re-exported so existing imports of the staff kit keep working.
export { describedBy } from '@/components/forms/field';

export const controlClass =
  'mt-1 block w-full rounded-lg border bg-white px-3 py-2 text-base text-ink focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700';

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-clay-800">
      {message}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-muted">
      {hint}
    </p>
  ) : null;
}

const staffLook: FieldLook = {
  label: 'block font-semibold',
  hint: 'text-sm text-muted',
  Error: FieldError,
};

function stateClass(error?: string): string {
  return `${controlClass} ${error ? 'border-clay-700' : 'border-sand-300'}`;
}

type Common = FieldFrameProps & { registration: UseFormRegisterReturn };

/** Splits the frame's props from the control's; the frame's div gets '' by default, as before. */
function splitFrame<T extends FieldFrameProps>({
  id,
  label,
  hint,
  error,
  optional,
  className = '',
  ...control
}: T) {
  return { frame: { id, label, hint, error, optional, className }, control };
}

export function TextInput({
  registration,
  ...props
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>) {
  const { frame, control } = splitFrame(props);
  return (
    <Field {...frame} look={staffLook}>
      {(a11y) => (
        <input {...a11y} className={stateClass(frame.error)} {...control} {...registration} />
      )}
    </Field>
  );
}

export function TextArea({
  registration,
  ...props
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'>) {
  const { frame, control } = splitFrame(props);
  return (
    <Field {...frame} look={staffLook}>
      {(a11y) => (
        <textarea {...a11y} className={stateClass(frame.error)} {...control} {...registration} />
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
  const { frame, control } = splitFrame(props);
  return (
    <Field {...frame} look={staffLook}>
      {(a11y) => (
        <select {...a11y} className={stateClass(frame.error)} {...control} {...registration}>
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
  className = '',
}: Omit<Common, 'optional'>) {
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
        <Hint id={id} hint={hint} />
        <FieldError id={id} message={error} />
      </div>
    </div>
  );
}

/** The form-level message (server errors, success), announced politely. */
export function FormStatus({ error, success }: { error?: string; success?: ReactNode }) {
  return (
    <div aria-live="polite" role="status">
      {error ? (
        <p className="rounded-lg border border-clay-700 bg-clay-50 p-3 font-medium text-clay-800">
          {error}
        </p>
      ) : null}
      {!error && success ? (
        <div className="rounded-lg border border-brand-200 bg-brand-50 p-3 text-ink">{success}</div>
      ) : null}
    </div>
  );
}

const buttonTones = {
  primary: 'bg-brand-800 text-white hover:bg-brand-900',
  secondary: 'border-2 border-brand-800 text-brand-800 hover:bg-brand-50',
  danger: 'bg-clay-700 text-white hover:bg-clay-800',
} as const;

export function buttonClass(tone: keyof typeof buttonTones = 'primary'): string {
  return `inline-flex min-h-10 cursor-pointer items-center justify-center gap-2 rounded-full px-4 py-2 text-[0.95rem] font-semibold no-underline disabled:cursor-wait disabled:opacity-70 ${buttonTones[tone]}`;
}

/** A submit button that shows progress and can't be pressed twice while its form is sending. */
export function SubmitButton({
  busy,
  children,
  busyLabel,
  tone = 'primary',
}: {
  busy: boolean;
  children: ReactNode;
  busyLabel: string;
  tone?: keyof typeof buttonTones;
}) {
  return (
    <button type="submit" disabled={busy} aria-disabled={busy} className={buttonClass(tone)}>
      {busy ? busyLabel : children}
    </button>
  );
}

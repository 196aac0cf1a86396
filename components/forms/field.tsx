import { cva } from 'class-variance-authority';
import type { ReactNode } from 'react';
import { AlertIcon } from '@/components/ui/icons';

/**
 * The label / hint / control / error frame every form uses (public, booking, staff). The ids and
 * aria wiring live here once, because the e2e specs and screen readers depend on them exactly.
 */

/** Ids tying a control to its hint and error, for aria-describedby. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Props that tie a control to its label, hint and error. */
export type ControlA11y = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

export function controlA11y(id: string, hint: boolean, error: boolean): ControlA11y {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
}

/**
 * Classes of a text input, select or textarea: `roomy` on the public and booking pages (big touch
 * targets), `compact` on the dashboard; red-bordered when invalid.
 */
export const controlClass = cva(
  'block w-full rounded-lg border bg-white text-base text-ink placeholder:text-muted focus-visible:outline-3 focus-visible:outline-offset-2 aria-invalid:border-clay-700',
  {
    variants: {
      density: { compact: 'mt-1 px-3 py-2', roomy: 'mt-1.5 min-h-12 px-3.5 py-3' },
      invalid: { true: 'border-clay-700', false: 'border-sand-300' },
    },
    defaultVariants: { density: 'compact', invalid: false },
  },
);

/** A field's error line; the icon gives it a cue besides colour. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="mt-1.5 flex items-start gap-1.5 font-medium text-clay-800">
      <AlertIcon className="mt-0.5 size-5 shrink-0" />
      <span>{message}</span>
    </p>
  );
}

export function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-[0.95rem] text-muted">
      {hint}
    </p>
  ) : null;
}

export type FieldFrameProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  className?: string;
};

/**
 * Renders the frame and hands the control its a11y props. Callers spread them before their own
 * props, so anything a caller passes explicitly still wins.
 */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  className,
  children,
}: FieldFrameProps & { children: (control: ControlA11y) => ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold text-ink">
        {label}
        {optional ? <span className="font-normal text-muted"> (optional)</span> : null}
      </label>
      <FieldHint id={id} hint={hint} />
      {children(controlA11y(id, !!hint, !!error))}
      <FieldError id={id} message={error} />
    </div>
  );
}

import type { ComponentType, ReactNode } from 'react';

/**
 * The label / hint / control / error frame shared by the staff and booking form kits. The kits
 * differ only in classes and in how an error looks, so those come in as a `look`; the ids and
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

export type FieldLook = {
  label: string;
  hint: string;
  Error: ComponentType<{ id: string; message?: string }>;
};

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
 * props, so anything a caller passes explicitly still wins, as it did before this was shared.
 */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  className,
  look,
  children,
}: FieldFrameProps & { look: FieldLook; children: (control: ControlA11y) => ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={look.label}>
        {label}
        {optional ? <span className="font-normal text-muted"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={look.hint}>
          {hint}
        </p>
      ) : null}
      {children(controlA11y(id, !!hint, !!error))}
      <look.Error id={id} message={error} />
    </div>
  );
}

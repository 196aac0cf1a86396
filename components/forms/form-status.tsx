import type { ReactNode } from 'react';

/**
 * A form's announcement region: the form-level error (a server refusal, a throttle) or a success
 * message. It is on the page before anything is put in it, so screen readers announce what
 * appears; one role for both, so tests and assistive tech find it the same way on every form.
 */
export function FormStatus({
  id,
  error,
  success,
  className,
}: {
  id?: string;
  error?: string | null;
  success?: ReactNode;
  className?: string;
}) {
  return (
    <div id={id} role="status" aria-live="polite" className={className}>
      {error ? (
        <p className="rounded-lg border border-clay-700 bg-clay-50 p-3 font-medium text-clay-800">
          {error}
        </p>
      ) : success ? (
        <div className="rounded-lg border border-brand-200 bg-brand-50 p-3 text-ink">{success}</div>
      ) : null}
    </div>
  );
}

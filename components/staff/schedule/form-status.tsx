/** The form's announcement area: a server problem (alert) or a success (status), or nothing. */
export function FormStatus({
  error,
  success,
  id,
}: {
  error?: string;
  success?: string | null;
  id: string;
}) {
  return (
    <div id={id} aria-live="polite" className="empty:hidden">
      {error ? (
        <p
          role="alert"
          className="rounded-lg border border-clay-100 bg-clay-50 p-3 font-medium text-clay-800"
        >
          {error}
        </p>
      ) : success ? (
        <p className="rounded-lg border border-brand-200 bg-brand-50 p-3 font-medium text-brand-900">
          {success}
        </p>
      ) : null}
    </div>
  );
}

import { formatPhone, telHref } from '@/lib/format';

/** When a month has no open times: the next month, or a call. */
export function NoTimesNote({
  clinicPhone,
  nextHref,
}: {
  clinicPhone: string;
  nextHref: string | null;
}) {
  return (
    <div className="rounded-lg border border-sand-200 bg-white p-4 text-ink">
      <p>No open times are left this month.</p>
      <p className="mt-2">
        {nextHref ? (
          <>
            <a
              href={nextHref}
              className="font-semibold text-brand-800 underline underline-offset-4"
            >
              Look at next month
            </a>{' '}
            or call us on{' '}
          </>
        ) : (
          'Please call us on '
        )}
        <a
          href={telHref(clinicPhone)}
          className="whitespace-nowrap font-semibold text-brand-800 underline underline-offset-4"
        >
          {formatPhone(clinicPhone)}
        </a>
        .
      </p>
    </div>
  );
}

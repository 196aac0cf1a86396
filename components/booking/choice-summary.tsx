import Link from 'next/link';

export interface Choice {
  label: string;
  value: string;
  detail?: string;
  changeHref?: string;
}

/** What the patient has chosen so far, each with a "Change" link back to its step. */
export function ChoiceSummary({
  choices,
  className = '',
}: {
  choices: readonly Choice[];
  className?: string;
}) {
  return (
    <dl
      className={`divide-y divide-sand-200 rounded-card border border-sand-200 bg-white ${className}`}
    >
      {choices.map((choice) => (
        <div
          key={choice.label}
          className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 px-4 py-3 sm:px-5"
        >
          <dt className="col-start-1 text-sm font-semibold text-muted">{choice.label}</dt>
          <dd className="col-start-1 min-w-0 font-semibold text-ink">
            {choice.value}
            {choice.detail ? (
              <span className="block text-[0.95rem] font-normal text-muted">{choice.detail}</span>
            ) : null}
          </dd>
          {choice.changeHref ? (
            <dd className="col-start-2 row-span-2 row-start-1 self-start">
              <Link
                href={choice.changeHref}
                className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
              >
                Change<span className="sr-only"> {choice.label.toLowerCase()}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

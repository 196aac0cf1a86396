import Link from 'next/link';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { ArrowRightIcon, CalendarIcon } from '@/components/ui/icons';
import type { BookablePractitioner } from '@/db/queries/booking-flow';
import { ANY_PRACTITIONER, flowHref } from './flow-url';

const cardClass =
  'group flex min-h-16 items-center gap-4 rounded-card border bg-white p-4 no-underline shadow-card hover:border-brand-700 sm:p-5';

/** Step 2: "First available" (the quickest way in) or a named practitioner. */
export function PractitionerStep({
  serviceSlug,
  practitioners,
  selected,
}: {
  serviceSlug: string;
  practitioners: readonly BookablePractitioner[];
  selected?: string;
}) {
  const current = (slug: string) => (selected === slug ? ('true' as const) : undefined);
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      <li>
        <Link
          href={flowHref({ service: serviceSlug, practitioner: ANY_PRACTITIONER })}
          aria-current={current(ANY_PRACTITIONER)}
          className={`${cardClass} border-brand-700`}
        >
          <span className="flex size-12 shrink-0 items-center justify-center rounded-full bg-brand-800 text-white">
            <CalendarIcon className="size-6" />
          </span>
          <span className="min-w-0 flex-1">
            <span className="block font-serif text-xl font-semibold text-brand-900 group-hover:underline">
              First available
            </span>
            <span className="block text-[0.95rem] text-muted">
              The earliest time with anyone who offers this therapy
            </span>
          </span>
          <ArrowRightIcon className="size-5 text-brand-800" />
        </Link>
      </li>
      {practitioners.map((p) => (
        <li key={p.slug}>
          <Link
            href={flowHref({ service: serviceSlug, practitioner: p.slug })}
            aria-current={current(p.slug)}
            className={`${cardClass} border-sand-200`}
          >
            <InitialsAvatar name={p.name} color={p.color} className="size-12 text-lg" />
            <span className="min-w-0 flex-1">
              <span className="block font-serif text-xl font-semibold text-brand-900 group-hover:underline">
                {p.name}
              </span>
              <span className="block text-[0.95rem] text-muted">{p.title}</span>
            </span>
            <ArrowRightIcon className="size-5 text-brand-800" />
          </Link>
        </li>
      ))}
    </ul>
  );
}

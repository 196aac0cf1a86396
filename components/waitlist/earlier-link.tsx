import Link from 'next/link';

/** On a booking's own page: "Want an earlier time?" (a waitlist entry linked to this booking). */
export function EarlierTimeLink({ path }: { path: string }) {
  return (
    <section
      aria-labelledby="earlier-heading"
      className="rounded-card border border-sand-200 bg-white p-4 sm:p-6"
    >
      <h2 id="earlier-heading" className="text-xl">
        Want an earlier time?
      </h2>
      <p className="mt-2 text-ink">
        We’ll tell you if one opens. If you take it, this appointment moves there; if not, nothing
        changes.
      </p>
      <Link
        href={`${path}/earlier`}
        className="mt-3 inline-block font-semibold text-brand-800 underline underline-offset-4"
      >
        Tell me about earlier times
      </Link>
    </section>
  );
}

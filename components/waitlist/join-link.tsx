import Link from 'next/link';

/** The booking flow's way onto the waitlist, under the time picker. */
export function WaitlistJoinLink({
  service,
  practitioner,
}: {
  service: string;
  practitioner: string | undefined;
}) {
  const query = new URLSearchParams({ service, practitioner: practitioner ?? 'any' });
  return (
    <p className="mt-8 rounded-lg border border-sand-200 bg-white p-4 text-ink">
      None of these times work?{' '}
      <Link
        href={`/waitlist/join?${query.toString()}`}
        className="font-semibold text-brand-800 underline underline-offset-4"
      >
        Join the waitlist
      </Link>{' '}
      and we’ll e-mail you when a time that suits you opens.
    </p>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { Container } from '@/components/ui/container';

export const metadata: Metadata = { title: 'Waitlist updated' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where pausing or leaving from an offer lands (the offer's own link has ended by then). */
export default async function WaitlistUpdatedPage({ searchParams }: Props) {
  const { change } = await searchParams;
  const left = change === 'leave';
  return (
    <Container className="py-12">
      <div className="max-w-2xl">
        <h1 className="text-3xl sm:text-4xl">
          {left ? 'You’ve left the waitlist' : 'Offers are paused'}
        </h1>
        <p className="mt-3 text-lead text-ink">
          {left
            ? 'We won’t e-mail you about openings any more. The time we offered goes to the next person.'
            : 'We won’t e-mail you about openings until you resume, with the link in your waitlist e-mail. You keep your place.'}
        </p>
        <p className="mt-6">
          <Link href="/book">Book an appointment</Link>
        </p>
      </div>
    </Container>
  );
}

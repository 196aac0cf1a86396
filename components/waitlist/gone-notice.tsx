import Link from 'next/link';
import { Container } from '@/components/ui/container';

/**
 * The one plain answer for a used, expired, unknown or foreign waitlist link: it says nothing
 * about which of those it was.
 */
export function GoneNotice({ title }: { title: string }) {
  return (
    <Container className="py-12">
      <div className="max-w-2xl">
        <h1 className="text-3xl sm:text-4xl">{title}</h1>
        <p className="mt-3 text-lead text-ink">
          You can still <Link href="/book">book another time online</Link> or join the waitlist
          again from the booking page.
        </p>
      </div>
    </Container>
  );
}

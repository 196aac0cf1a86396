import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';

const linkClass = 'font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-900';

/** The body of the 404 page, shared by app/not-found.tsx and app/(site)/not-found.tsx. */
export function NotFoundContent() {
  return (
    <Container className="py-16 sm:py-24">
      <div className="max-w-2xl">
        <p className="mb-3 eyebrow">Page not found</p>
        <h1 className="text-4xl sm:text-5xl">We can’t find that page</h1>
        <p className="mt-5 text-lead text-muted">
          The link may be out of date, or the page may have moved. These might help:
        </p>
        <ul className="mt-6 space-y-3 text-lg">
          <li>
            <Link href="/therapies" className={linkClass}>
              Our therapies
            </Link>
          </li>
          <li>
            <Link href="/team" className={linkClass}>
              Meet the team
            </Link>
          </li>
          <li>
            <Link href="/contact" className={linkClass}>
              Contact and opening hours
            </Link>
          </li>
        </ul>
        <div className="mt-10 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/book" size="lg">
            Book an appointment
          </ButtonLink>
          <ButtonLink href="/" variant="secondary" size="lg">
            Go to the home page
          </ButtonLink>
        </div>
      </div>
    </Container>
  );
}

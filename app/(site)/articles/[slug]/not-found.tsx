import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';

export default function ArticleNotFound() {
  return (
    <Container className="py-16 sm:py-24">
      <div className="max-w-2xl">
        <p className="mb-3 eyebrow">Error 404</p>
        <h1 className="text-4xl sm:text-5xl">We can’t find that article</h1>
        <p className="mt-5 text-lead text-muted">
          It may have moved or been withdrawn while we update it. Search the library or browse by
          topic instead.
        </p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/articles" variant="secondary" size="lg">
            Browse all articles
          </ButtonLink>
          <ButtonLink href="/book" size="lg">
            Book an appointment
          </ButtonLink>
        </div>
        <p className="mt-8">
          <Link href="/" className="font-semibold text-brand-800 underline underline-offset-4">
            Go to the home page
          </Link>
        </p>
      </div>
    </Container>
  );
}

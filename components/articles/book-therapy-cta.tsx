import { ButtonLink } from '@/components/ui/button-link';
import { bookTherapyHref } from '@/lib/content/links';

/** The article's call to action: book the therapy it is about (or any appointment). */
export function BookTherapyCta({ therapy }: { therapy: { slug: string; name: string } | null }) {
  return (
    <section
      aria-labelledby="article-book"
      className="on-dark rounded-card bg-brand-800 p-6 text-brand-100 sm:p-8"
    >
      <h2 id="article-book" className="text-2xl text-cream sm:text-3xl">
        Would you like a hand with this?
      </h2>
      <p className="mt-3 max-w-2xl">
        {therapy
          ? `If this sounds like you, our team can assess what is going on and show you what to do next. ${therapy.name} can be booked online in a couple of minutes.`
          : 'If this sounds like you, our team can assess what is going on and show you what to do next.'}
      </p>
      <ButtonLink
        href={therapy ? bookTherapyHref(therapy.slug) : '/book'}
        variant="light"
        size="lg"
        className="mt-6 max-sm:w-full"
      >
        {therapy ? `Book ${therapy.name}` : 'Book an appointment'}
      </ButtonLink>
    </section>
  );
}

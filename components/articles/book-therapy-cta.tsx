import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button-link';
import { bookTherapyHref } from '@/lib/content/links';

type ServiceRef = { slug: string; name: string };

/**
 * The article's call to action. New readers start with the new-patient consultation (every
 * therapy starts with an assessment for them); returning patients can book the therapy the
 * article is about.
 */
export function BookTherapyCta({
  therapy,
  consultation,
}: {
  therapy: ServiceRef | null;
  consultation: ServiceRef | null;
}) {
  const returning = therapy && therapy.slug !== consultation?.slug ? therapy : null;
  return (
    <section
      aria-labelledby="article-book"
      className="on-dark rounded-card bg-brand-800 p-6 text-brand-100 sm:p-8"
    >
      <h2 id="article-book" className="text-2xl text-cream sm:text-3xl">
        Would you like a hand with this?
      </h2>
      <p className="mt-3 max-w-2xl">
        If this sounds like you and none of the warning signs above apply, our team can assess what
        is going on and show you what to do next.{' '}
        {consultation
          ? `New to the clinic? Start with a ${consultation.name.toLowerCase()}: we listen, examine you and agree a plan with you before any treatment.`
          : ''}
      </p>
      <ButtonLink
        href={consultation ? bookTherapyHref(consultation.slug) : '/book'}
        variant="light"
        size="lg"
        className="mt-6 max-sm:w-full"
      >
        {consultation ? 'Book a new-patient consultation' : 'Book an appointment'}
      </ButtonLink>
      {returning ? (
        <p className="mt-4">
          Already a patient?{' '}
          <Link
            href={bookTherapyHref(returning.slug)}
            className="font-semibold text-cream underline underline-offset-4"
          >
            Book {returning.name}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

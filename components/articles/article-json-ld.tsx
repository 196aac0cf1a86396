import { JsonLd } from '@/components/json-ld';
import type { ClinicContact } from '@/db/queries/clinic';
import type { PersonRef } from '@/db/queries/articles';
import type { ArticleView } from '@/lib/content/article-view';
import { articleDateOnly } from '@/lib/content/dates';
import { siteUrl } from '@/lib/env';

function person(p: PersonRef) {
  return {
    '@type': 'Person',
    name: p.name,
    jobTitle: p.title,
    url: siteUrl(`/team#${p.slug}`).href,
  };
}

/** schema.org MedicalWebPage for an article: who wrote and reviewed it, when, and for which clinic. */
export function articleJsonLd(
  { article, timeZone }: Pick<ArticleView, 'article' | 'timeZone'>,
  clinic: ClinicContact,
) {
  const url = siteUrl(`/articles/${article.slug}`).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    headline: article.title,
    name: article.title,
    description: article.description,
    inLanguage: 'en-US',
    audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    author: person(article.author),
    ...(article.reviewer ? { reviewedBy: person(article.reviewer) } : {}),
    ...(article.reviewedAt ? { lastReviewed: articleDateOnly(article.reviewedAt, timeZone) } : {}),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    publisher: {
      '@type': 'MedicalClinic',
      name: clinic.name,
      url: siteUrl('/').href,
      telephone: clinic.phone,
      address: {
        '@type': 'PostalAddress',
        streetAddress: [clinic.addressLine1, clinic.addressLine2].filter(Boolean).join(', '),
        addressLocality: clinic.city,
        addressRegion: clinic.region,
        postalCode: clinic.postalCode,
        addressCountry: clinic.country,
      },
    },
  };
}

/** schema.org FAQPage for the article's "Frequently asked questions" section, or null without one. */
export function faqJsonLd({ article, faq }: Pick<ArticleView, 'article' | 'faq'>) {
  if (faq.length === 0) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: siteUrl(`/articles/${article.slug}`).href,
    mainEntity: faq.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

export function ArticleJsonLd({
  view,
  clinic,
}: {
  view: Pick<ArticleView, 'article' | 'timeZone' | 'faq'>;
  clinic: ClinicContact;
}) {
  const faq = faqJsonLd(view);
  return (
    <>
      <JsonLd data={articleJsonLd(view, clinic)} />
      {faq ? <JsonLd data={faq} /> : null}
    </>
  );
}

import { JsonLd } from '@/components/json-ld';
import type { ClinicContact } from '@/db/queries/clinic';
import type { PersonRef } from '@/db/queries/articles';
import type { ArticleView } from '@/lib/content/article-view';
import { articleDateOnly } from '@/lib/content/dates';
import { absoluteUrl } from '@/lib/content/site-url';

function person(p: PersonRef) {
  return {
    '@type': 'Person',
    name: p.name,
    jobTitle: p.title,
    url: absoluteUrl(`/team#${p.slug}`),
  };
}

/** schema.org MedicalWebPage for an article: who wrote and reviewed it, when, and for which clinic. */
export function articleJsonLd(
  { article, timeZone }: Pick<ArticleView, 'article' | 'timeZone'>,
  clinic: ClinicContact,
) {
  const url = absoluteUrl(`/articles/${article.slug}`);
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
      url: absoluteUrl('/'),
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

export function ArticleJsonLd({
  view,
  clinic,
}: {
  view: Pick<ArticleView, 'article' | 'timeZone'>;
  clinic: ClinicContact;
}) {
  return <JsonLd data={articleJsonLd(view, clinic)} />;
}

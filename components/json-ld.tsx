import type { ClinicContact, OpeningHours } from '@/db/queries/clinic';
import { toHourMinute, weekdayName } from '@/lib/format';
import { siteUrl } from '@/lib/env';

/**
 * Structured data as a non-executable <script type="application/ld+json"> (the CSP doesn't apply
 * to data blocks). `<` is escaped so no string in the data can close the script element.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}

/** schema.org MedicalClinic for the clinic's contact details and opening hours. */
export function clinicJsonLd(
  clinic: ClinicContact,
  hours: readonly OpeningHours[],
  url: URL | string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    name: clinic.name,
    url: url.toString(),
    telephone: clinic.phone,
    email: clinic.email,
    address: {
      '@type': 'PostalAddress',
      streetAddress: [clinic.addressLine1, clinic.addressLine2].filter(Boolean).join(', '),
      addressLocality: clinic.city,
      addressRegion: clinic.region,
      postalCode: clinic.postalCode,
      addressCountry: clinic.country,
    },
    openingHoursSpecification: hours.map((h) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${weekdayName(h.weekday)}`,
      opens: toHourMinute(h.opensAt),
      closes: toHourMinute(h.closesAt),
    })),
  };
}

/** Renders the clinic's MedicalClinic JSON-LD. */
export function ClinicJsonLd({
  clinic,
  hours,
}: {
  clinic: ClinicContact;
  hours: readonly OpeningHours[];
}) {
  return <JsonLd data={clinicJsonLd(clinic, hours, siteUrl('/'))} />;
}

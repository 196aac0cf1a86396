import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/env';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        // Staff pages, the API and patients' private manage-booking links are never for crawlers.
        disallow: ['/dashboard', '/api/', '/book/manage', '/sign-in'],
      },
    ],
    sitemap: siteUrl('/sitemap.xml').href,
  };
}

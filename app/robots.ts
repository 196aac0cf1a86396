import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/content/site-url';

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
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}

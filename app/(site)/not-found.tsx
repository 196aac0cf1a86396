import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/layout/not-found-content';

export const metadata: Metadata = {
  title: 'Page not found',
};

// notFound() in a public page (e.g. an unknown therapy): rendered inside the (site) layout.
export default function SiteNotFound() {
  return <NotFoundContent />;
}

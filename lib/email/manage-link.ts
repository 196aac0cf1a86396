import { siteUrl } from '@/lib/env';
import { escapeHtml } from './html';
import { MANAGE_URL_PLACEHOLDER } from './templates/layout';

export function manageUrl(token: string): string {
  return siteUrl(`/book/manage/${encodeURIComponent(token)}`).href;
}

/** The stored text and HTML with the placeholder replaced (HTML-escaped in the HTML part). */
export function fillManageLink(
  parts: { text: string; html: string },
  url: string,
): { text: string; html: string } {
  return {
    text: parts.text.split(MANAGE_URL_PLACEHOLDER).join(url),
    html: parts.html.split(MANAGE_URL_PLACEHOLDER).join(escapeHtml(url)),
  };
}

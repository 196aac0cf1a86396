/** RSS 2.0 for the article library. Every value is escaped; nothing the articles say is markup. */

export interface FeedItem {
  slug: string;
  title: string;
  description: string;
  topic: string;
  authorName: string;
  publishedAt: string;
  updatedAt: string;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute site origin, e.g. https://example.org */
  siteUrl: string;
  items: readonly FeedItem[];
}

// XML 1.0 forbids most control characters even when escaped; drop them.
const invalidXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(invalidXmlChars, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function buildRssFeed(channel: FeedChannel): string {
  const origin = channel.siteUrl.replace(/\/+$/, '');
  const library = `${origin}/articles`;
  const newest = channel.items.reduce<string | null>(
    (max, item) => (max === null || item.updatedAt > max ? item.updatedAt : max),
    null,
  );
  const items = channel.items.map((item) => {
    const link = `${library}/${encodeURIComponent(item.slug)}`;
    return [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <description>${escapeXml(item.description)}</description>`,
      `      <category>${escapeXml(item.topic)}</category>`,
      `      <dc:creator>${escapeXml(item.authorName)}</dc:creator>`,
      `      <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>`,
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(library)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>en-us</language>',
    `    <atom:link href="${escapeXml(`${library}/rss.xml`)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`    <lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

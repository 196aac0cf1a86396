import { describe, expect, it } from 'vitest';
import { buildRssFeed, escapeXml } from './rss';

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<script>"a" & 'b'</script>\u0000\u0007`)).toBe(
      '&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;',
    );
  });
});

describe('buildRssFeed', () => {
  const xml = buildRssFeed({
    title: 'Library',
    description: 'Articles',
    siteUrl: 'https://clinic.example/',
    items: [
      {
        slug: 'core-strength',
        title: 'Core & <strength>',
        description: 'Plank </description><script>alert(1)</script>',
        topic: 'exercises',
        authorName: 'Dr. A',
        publishedAt: '2026-10-20T07:00:00.000Z',
        updatedAt: '2026-11-10T08:00:00.000Z',
      },
    ],
  });

  it('is RSS 2.0 with absolute links and RFC 822 dates', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(xml).toContain('<link>https://clinic.example/articles/core-strength</link>');
    expect(xml).toContain(
      '<guid isPermaLink="true">https://clinic.example/articles/core-strength</guid>',
    );
    expect(xml).toContain('<pubDate>Tue, 20 Oct 2026 07:00:00 GMT</pubDate>');
    expect(xml).toContain('<lastBuildDate>Tue, 10 Nov 2026 08:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('<atom:link href="https://clinic.example/articles/rss.xml" rel="self"');
  });

  it('never lets article text become markup', () => {
    expect(xml).toContain('<title>Core &amp; &lt;strength&gt;</title>');
    expect(xml).not.toContain('<script>');
    expect(xml.match(/<description>/g)).toHaveLength(2);
  });
});

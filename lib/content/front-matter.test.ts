import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseArticleSource } from './front-matter';

const valid = `---
title: "A title: with a colon"
slug: a-title
description: Short.
topic: relief
author: priya-nair
reviewedBy: maya-okafor
reviewedAt: 2026-11-04
publishedAt: 2026-10-06
updatedAt: 2026-11-04
takeaways: ["One", "Two"]
related: [other-article]
---

Body **text**.
`;

describe('parseArticleSource', () => {
  it('splits and validates the front matter, keeping dates as strings', () => {
    const { frontMatter, body } = parseArticleSource(valid);
    expect(frontMatter).toMatchObject({
      title: 'A title: with a colon',
      topic: 'relief',
      reviewedAt: '2026-11-04',
      publishedAt: '2026-10-06',
      takeaways: ['One', 'Two'],
      related: ['other-article'],
      references: [],
    });
    expect(frontMatter.therapy).toBeUndefined();
    expect(body).toBe('Body **text**.\n');
  });

  it('refuses missing fields, unknown keys, bad topics and self-relations', () => {
    expect(() => parseArticleSource('No front matter')).toThrow(FrontMatterError);
    expect(() => parseArticleSource(valid.replace('topic: relief', 'topic: gossip'))).toThrow(
      /topic/,
    );
    expect(() => parseArticleSource(valid.replace('slug: a-title\n', ''))).toThrow(/slug/);
    expect(() =>
      parseArticleSource(valid.replace('---\n\nBody', 'colour: red\n---\n\nBody')),
    ).toThrow(/colour|unrecognized/i);
    expect(() => parseArticleSource(valid.replace('[other-article]', '[a-title]'))).toThrow(
      /itself/,
    );
    expect(() =>
      parseArticleSource(valid.replace('reviewedAt: 2026-11-04', 'reviewedAt: yesterday')),
    ).toThrow(/reviewedAt/);
  });

  it('accepts every article in content/articles', () => {
    const dir = path.join(process.cwd(), 'content', 'articles');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const { frontMatter } = parseArticleSource(readFileSync(path.join(dir, file), 'utf8'), file);
      expect(`${frontMatter.slug}.md`).toBe(file);
    }
  });
});

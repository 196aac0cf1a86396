import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RED_FLAGS } from '@/lib/clinical/red-flags';
import { parseExercises } from './exercises';
import { parseArticleSource, type ArticleSource } from './front-matter';
import { renderArticleMarkdown } from './markdown';
import { loadReferenceCatalog, resolveReferences } from './reference-catalog';
import type { ReferenceCatalog } from '@/lib/validations/article-sources';

/** Editorial rules every file in content/articles must meet before it can be seeded. */

const dir = path.join(process.cwd(), 'content', 'articles');
const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
const sources = new Map<string, ArticleSource>(
  files.map((f) => [f, parseArticleSource(readFileSync(path.join(dir, f), 'utf8'), f)]),
);

/** The six articles issue 15 added: 900 to 1,800 words each. */
const NEW_ARTICLES = [
  'sciatica-and-running',
  'si-joint-pain-in-runners',
  'returning-to-running-after-a-disc-herniation',
  'is-it-safe-to-run-with-back-pain',
  'tight-hip-flexors-or-piriformis-vs-back-pain',
  'back-pain-lasting-over-12-weeks',
];

/** British spellings that slipped into earlier drafts; the site is written in US English. */
const UK_SPELLING =
  /\b(colour|behaviour|programme|mobilis|motoris|towards|afterwards|pavement|tea towel|favour|centre|metre|organis|recognis|stabilis|practise|analys|tumour|orthopaedic|paediatric|sanitis|licence)\w*/i;

let catalog: ReferenceCatalog;
beforeAll(async () => {
  catalog = await loadReferenceCatalog();
});

function rendered(source: ArticleSource) {
  return renderArticleMarkdown(source.body, {
    referenceCount: source.frontMatter.references.length,
  });
}

const plainText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');

describe.each([...sources])('%s', (file, source) => {
  const fm = source.frontMatter;

  it('is reviewed by someone other than its author', () => {
    expect(fm.reviewedBy).not.toBe(fm.author);
  });

  it('cites every reference it lists, and nothing it doesn’t', () => {
    expect(resolveReferences(fm.references, catalog, file).length).toBeGreaterThan(0);
    const { citations, problems } = rendered(source);
    expect(problems).toEqual([]);
    expect([...citations].sort((a, b) => a - b)).toEqual(fm.references.map((_, i) => i + 1));
  });

  it('has a FAQ and ends with when to see a professional and a booking link', () => {
    const { faq, toc } = rendered(source);
    expect(faq.length).toBeGreaterThanOrEqual(3);
    expect(toc.at(-1)?.text).toBe('When to see a professional');
    const last = source.body.slice(source.body.lastIndexOf('## When to see a professional'));
    expect(last).toMatch(/\]\(\/book\?service=new-patient-consultation\)/);
    // Red-flag symptoms go to the shared warning signs, never to a booking.
    expect(last).toMatch(/warning signs/);
  });

  it('words no red flag its own way', () => {
    const text = [fm.title, fm.description, ...fm.takeaways, source.body]
      .join('\n')
      .replace(/\{\{\s*red-flags[^}]*\}\}/g, '')
      .toLowerCase();
    const stray = RED_FLAGS.flatMap((flag) => flag.terms).filter((term) =>
      text.includes(term.toLowerCase()),
    );
    expect(stray).toEqual([]);
  });

  it('is written in US English', () => {
    expect([fm.title, fm.description, ...fm.takeaways, source.body].join('\n')).not.toMatch(
      UK_SPELLING,
    );
  });

  it('has complete exercise blocks with an illustration that exists', () => {
    for (const exercise of parseExercises(source.body)) {
      expect(exercise.image, exercise.name).not.toBeNull();
      expect(existsSync(path.join(process.cwd(), 'public', exercise.image!.src))).toBe(true);
      // Alt text describes both positions, not just the exercise's name.
      expect(exercise.image!.alt).toMatch(/two pictures/);
      expect(Object.keys(exercise.dose)).toEqual(['Sets', 'Reps', 'Rest']);
      expect(exercise.steps.length, exercise.name).toBeGreaterThanOrEqual(3);
    }
  });

  if (NEW_ARTICLES.includes(fm.slug)) {
    it('is 900 to 1,800 words long, with exercises or a FAQ', () => {
      const words = plainText(rendered(source).html).split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(900);
      expect(words).toBeLessThanOrEqual(1800);
    });
  }
});

describe('the article set', () => {
  it('includes the six new articles', () => {
    for (const slug of NEW_ARTICLES) expect(sources.has(`${slug}.md`), slug).toBe(true);
  });

  it('keeps every catalog reference in use and every related slug real', () => {
    const cited = new Set([...sources.values()].flatMap((s) => s.frontMatter.references));
    expect(Object.keys(catalog).filter((id) => !cited.has(id))).toEqual([]);
    const slugs = new Set([...sources.values()].map((s) => s.frontMatter.slug));
    for (const source of sources.values())
      for (const slug of source.frontMatter.related) expect(slugs.has(slug), slug).toBe(true);
  });
});

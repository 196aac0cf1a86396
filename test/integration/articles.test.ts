import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { count, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db, dbHandle } from '@/db';
import { sqlState } from '@/db/client';
import {
  getPublishedArticle,
  listPublishedArticleIndex,
  listPublishedArticles,
  listPublishedArticlesForService,
  searchPublishedArticles,
} from '@/db/queries/articles';
import { clinicSettings, practitioners, services } from '@/db/schema';
import { articles, type NewArticle } from '@/db/schema/articles';
import { seedArticles } from '@/db/seed/articles';
import { demoClinic, demoPractitioners, demoServices } from '@/db/seed/clinic-data';
import { loadArticleView } from '@/lib/content/article-view';
import { parseHeadline } from '@/lib/content/highlight';

// The sitemap and feed routes read through Next's data cache; outside Next it is a pass-through.
vi.mock('next/cache', () => ({
  unstable_cache: <T>(fn: T) => fn,
  revalidateTag: vi.fn(),
  revalidatePath: vi.fn(),
}));

const contentSlugs = [
  'back-pain-lasting-over-12-weeks',
  'back-pain-red-flags-for-runners',
  'core-strength-for-runners',
  'first-48-hours-back-pain-relief',
  'is-it-safe-to-run-with-back-pain',
  'returning-to-running-after-a-disc-herniation',
  'running-form-shoes-and-surfaces',
  'sciatica-and-running',
  'si-joint-pain-in-runners',
  'stretches-for-runners-back-and-hips',
  'tight-hip-flexors-or-piriformis-vs-back-pain',
  'training-load-rest-and-cross-training',
  'what-to-expect-from-chiropractic-care',
  'why-lower-back-hurts-after-running',
];

let authorId = '';
let reviewerId = '';
const tag = randomUUID().slice(0, 8);
/** A made-up word only this file's articles contain (test files may share one database). */
const word = (name: string) => `zq${name}${tag.replace(/[^a-z]/g, '')}`;

/** The clinic, practitioners and therapies the articles point at (idempotent: files share a database). */
beforeAll(async () => {
  await db.insert(clinicSettings).values(demoClinic).onConflictDoNothing();
  await db.insert(services).values(demoServices).onConflictDoNothing({ target: services.slug });
  for (const { email: _e, services: _s, hours: _h, ...p } of demoPractitioners) {
    await db.insert(practitioners).values(p).onConflictDoNothing({ target: practitioners.slug });
  }
  const [maya] = await db
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(eq(practitioners.slug, 'maya-okafor'));
  authorId = maya!.id;
  const [daniel] = await db
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(eq(practitioners.slug, 'daniel-reyes'));
  reviewerId = daniel!.id;
  await seedArticles(db);
});

function testArticle(overrides: Partial<NewArticle> & { slug: string }): NewArticle {
  return {
    title: 'Test article',
    description: 'A test article.',
    topic: 'relief',
    bodyMarkdown: 'Plain body text.\n',
    authorId,
    reviewedById: reviewerId,
    reviewedAt: new Date('2026-01-01T08:00:00Z'),
    publishedAt: new Date('2026-01-02T08:00:00Z'),
    updatedAt: new Date('2026-01-02T08:00:00Z'),
    status: 'published',
    ...overrides,
  };
}

describe(`article library (${dbHandle().driver})`, () => {
  it('seeds the fourteen content articles once, however often it runs', async () => {
    const again = await seedArticles(db);
    expect(again.inserted).toEqual([]);
    expect(again.kept.sort()).toEqual(contentSlugs);
    const [rows] = await db
      .select({ n: count() })
      .from(articles)
      .where(inArray(articles.slug, contentSlugs));
    expect(Number(rows?.n)).toBe(contentSlugs.length);
  });

  it('never overwrites an article staff edited after seeding', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'articles-'));
    const slug = `seeded-${tag}`;
    writeFileSync(
      path.join(dir, `${slug}.md`),
      `---\ntitle: "From the file"\nslug: ${slug}\ndescription: Seeded.\ntopic: causes\nauthor: priya-nair\nreviewedBy: maya-okafor\nreviewedAt: 2026-11-04\npublishedAt: 2026-11-04\nupdatedAt: 2026-11-04\ntherapy: myofascial-release\n---\n\nBody.\n`,
    );
    expect((await seedArticles(db, { dir })).inserted).toEqual([slug]);
    await db.update(articles).set({ title: 'Edited by staff' }).where(eq(articles.slug, slug));
    expect(await seedArticles(db, { dir })).toEqual({ inserted: [], kept: [slug] });
    const [row] = await db
      .select({ title: articles.title, publishedAt: articles.publishedAt })
      .from(articles)
      .where(eq(articles.slug, slug));
    expect(row?.title).toBe('Edited by staff');
    // The front-matter date is a day at the clinic: midnight in Portland (PST, UTC−8).
    expect(row?.publishedAt?.toISOString()).toBe('2026-11-04T08:00:00.000Z');
  });

  it('finds "hamstring" in the stretching article and highlights the match', async () => {
    const { total, items } = await searchPublishedArticles({ q: 'hamstring', limit: 20 });
    const hit = items.find((i) => i.slug === 'stretches-for-runners-back-and-hips');
    expect(total).toBeGreaterThanOrEqual(1);
    expect(hit).toBeDefined();
    const marked = parseHeadline(hit!.excerptHighlight).filter((s) => s.mark);
    expect(marked.length).toBeGreaterThan(0);
    for (const segment of marked) expect(segment.text).toMatch(/^hamstrings?$/i);
  });

  it('ranks a title match above body-only matches', async () => {
    const term = word('rank');
    await db.insert(articles).values([
      testArticle({
        slug: `body-heavy-${tag}`,
        bodyMarkdown: `${term} here. More ${term}. And ${term} again.\n`,
      }),
      testArticle({
        slug: `title-match-${tag}`,
        title: `All about ${term}`,
        bodyMarkdown: 'Nothing else.\n',
      }),
    ]);
    const { total, items } = await searchPublishedArticles({ q: term, limit: 10 });
    expect(total).toBe(2);
    expect(items.map((i) => i.slug)).toEqual([`title-match-${tag}`, `body-heavy-${tag}`]);
    expect(parseHeadline(items[0]!.titleHighlight)).toEqual([
      { text: 'All about ', mark: false },
      { text: term, mark: true },
    ]);

    const core = await searchPublishedArticles({ q: 'core strength', limit: 3 });
    expect(core.items[0]?.slug).toBe('core-strength-for-runners');
  });

  it('keeps drafts and scheduled articles out of lists, search, the sitemap and the feed', async () => {
    const term = word('draft');
    const draft = `draft-${tag}`;
    const scheduled = `scheduled-${tag}`;
    await db.insert(articles).values([
      testArticle({ slug: draft, title: `Draft ${term}`, status: 'draft', publishedAt: null }),
      testArticle({
        slug: scheduled,
        title: `Scheduled ${term}`,
        publishedAt: new Date(Date.now() + 86_400_000),
      }),
    ]);
    const hidden = [draft, scheduled];

    expect((await searchPublishedArticles({ q: term, limit: 10 })).total).toBe(0);
    const listed = await listPublishedArticles({ limit: 1000 });
    expect(listed.map((a) => a.slug)).toEqual(expect.arrayContaining(contentSlugs));
    expect(listed.map((a) => a.slug)).not.toEqual(expect.arrayContaining([draft]));
    expect(listed.some((a) => hidden.includes(a.slug))).toBe(false);
    expect((await listPublishedArticleIndex()).some((a) => hidden.includes(a.slug))).toBe(false);
    expect(await getPublishedArticle(draft)).toBeNull();
    expect(await getPublishedArticle(scheduled)).toBeNull();

    const { default: sitemap } = await import('@/app/sitemap');
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).toContain('http://localhost:3000/articles/stretches-for-runners-back-and-hips');
    expect(urls.some((u) => hidden.some((slug) => u.endsWith(`/${slug}`)))).toBe(false);

    const { GET } = await import('@/app/(site)/articles/rss.xml/route');
    const response = await GET();
    expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const xml = await response.text();
    expect(xml).toContain('<link>http://localhost:3000/articles/core-strength-for-runners</link>');
    for (const slug of hidden) expect(xml).not.toContain(slug);
  });

  it('refuses to publish without a reviewer, and keeps draft status and publish date in step', async () => {
    const error = async (row: NewArticle) => {
      try {
        await db.insert(articles).values(row);
        return undefined;
      } catch (e) {
        return sqlState(e);
      }
    };
    expect(
      await error(testArticle({ slug: `unreviewed-${tag}`, reviewedById: null, reviewedAt: null })),
    ).toBe('23514');
    expect(await error(testArticle({ slug: `dateless-${tag}`, publishedAt: null }))).toBe('23514');
    expect(await error(testArticle({ slug: `Bad Slug ${tag}` }))).toBe('23514');
    expect(await error(testArticle({ slug: 'core-strength-for-runners' }))).toBe('23505');
    // Nobody reviews their own article.
    expect(await error(testArticle({ slug: `self-reviewed-${tag}`, reviewedById: authorId }))).toBe(
      '23514',
    );
  });

  it('shows numbered references with links, a FAQ and the shared red-flag lists', async () => {
    const view = await loadArticleView('back-pain-red-flags-for-runners');
    expect(view).not.toBeNull();
    const { html, references, faq } = view!;
    expect(references[0]).toMatchObject({ n: 1, cited: true });
    expect(references[0]!.html).toMatch(
      /^National Institute for Health and Care Excellence \(NICE\)\. <em>.*<\/em>\. Published November 30, 2016; updated December 11, 2020\. <a href="https:\/\/www\.nice\.org\.uk\/guidance\/ng59" rel="nofollow noopener noreferrer">/,
    );
    expect(references.every((r) => r.cited)).toBe(true);
    expect(html).toContain('href="#ref-1" id="cite-1"');
    expect(html).toContain('<ul data-red-flags="emergency" class="red-flag-list">');
    expect(html).toContain('<ul data-red-flags="see-doctor-today" class="red-flag-list">');
    expect(faq.length).toBeGreaterThanOrEqual(3);
    expect(faq[0]!.answer).not.toMatch(/\[\^?\d+\]/);
  });

  it('renders a stored malicious body inert', async () => {
    const slug = `malicious-${tag}`;
    await db.insert(articles).values(
      testArticle({
        slug,
        bodyMarkdown: [
          '## Section',
          '<script>window.pwned = true</script>',
          '<img src="x" onerror="window.pwned = true">',
          '[Click](javascript:window.pwned=true)',
          '<iframe src="https://evil.example/"></iframe>',
          '<a href="javascript:alert(1)" onclick="alert(1)">raw link</a>',
        ].join('\n\n'),
      }),
    );
    const view = await loadArticleView(slug);
    expect(view).not.toBeNull();
    expect(view!.toc).toEqual([{ id: 'section', text: 'Section' }]);
    expect(view!.html).not.toMatch(/<script|<iframe|\son[a-z]+=|=\s*"[^"]*javascript:/i);
    expect(view!.html).toContain('Click');
  });

  it('lists articles for a therapy, and the article view has its people, therapy and related articles', async () => {
    const forService = await listPublishedArticlesForService('myofascial-release', 10);
    expect(forService.map((a) => a.slug)).toContain('stretches-for-runners-back-and-hips');

    const view = await loadArticleView('stretches-for-runners-back-and-hips');
    expect(view?.article.author).toEqual({
      slug: 'priya-nair',
      name: expect.any(String),
      title: expect.any(String),
    });
    expect(view?.article.reviewer?.slug).toBe('maya-okafor');
    expect(view?.article.therapy).toEqual({ slug: 'myofascial-release', name: expect.any(String) });
    expect(view?.related.map((r) => r.slug)).toEqual([
      'core-strength-for-runners',
      'why-lower-back-hurts-after-running',
      'training-load-rest-and-cross-training',
    ]);
    expect(view?.toc.map((t) => t.id)).toContain('when-to-see-a-professional');
    expect(view?.html).toContain('<section class="exercise"');
    expect(view?.article.readingMinutes).toBeGreaterThan(3);
  });
});

import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './a11y';

// The e2e server seeds the fourteen articles in content/articles (seedArticles via seedDemoClinic).
const articleSlugs = [
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
const newArticles = [
  'sciatica-and-running',
  'si-joint-pain-in-runners',
  'returning-to-running-after-a-disc-herniation',
  'is-it-safe-to-run-with-back-pain',
  'tight-hip-flexors-or-piriformis-vs-back-pain',
  'back-pain-lasting-over-12-weeks',
];
const stretching = '/articles/stretches-for-runners-back-and-hips';

async function horizontalOverflowAt360(page: Page) {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.waitForTimeout(100);
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Slugs of the article cards on the current index page. */
async function listedSlugs(page: Page) {
  return page
    .locator('section[aria-labelledby="article-results"]')
    .getByRole('article')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace('/articles/', '')));
}

test('the index lists all fourteen published articles across its pages', async ({ page }) => {
  await page.goto('/articles');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles for runners' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('14 articles');

  const seen: string[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pagination.getByRole('link', { name: `Page ${pageNumber}` })).toHaveAttribute(
      'aria-current',
      'page',
    );
    seen.push(...(await listedSlugs(page)));
    const next = pagination.getByRole('link', { name: 'Next page' });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`/articles/page/${pageNumber + 1}$`));
  }
  expect(seen.sort()).toEqual(articleSlugs);
});

test('topic filters are links that narrow the list', async ({ page }) => {
  await page.goto('/articles');
  const topics = page.getByRole('navigation', { name: 'Topics' });
  await topics.getByRole('link', { name: /^Exercises/ }).click();
  await expect(page).toHaveURL(/\/articles\?topic=exercises$/);
  await expect(topics.getByRole('link', { name: /^Exercises/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  expect((await listedSlugs(page)).sort()).toEqual([
    'core-strength-for-runners',
    'stretches-for-runners-back-and-hips',
  ]);
});

test('searching "hamstring" finds the stretching article with the match highlighted', async ({
  page,
}) => {
  await page.goto('/articles');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('hamstring');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/articles\?q=hamstring$/);
  await expect(page.getByRole('heading', { name: 'Results for “hamstring”' })).toBeVisible();

  const card = page.getByRole('article').filter({ has: page.locator(`a[href="${stretching}"]`) });
  await expect(card).toBeVisible();
  await expect(card.locator('mark').first()).toHaveText(/^hamstrings?$/i);
  expect(await page.locator('main mark').count()).toBeGreaterThan(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('a search with no match shows the empty state', async ({ page }) => {
  await page.goto('/articles?q=xylophone');
  await expect(page.getByRole('status')).toContainText('0 articles');
  await expect(page.getByText('No articles match “xylophone”.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'See every article' })).toHaveAttribute(
    'href',
    '/articles',
  );
});

test('an article shows its contents, takeaways, reviewer, review dates and JSON-LD', async ({
  page,
}) => {
  await page.goto(stretching);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Stretches for runners/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link')).toHaveCount(6);
  await toc.getByRole('link', { name: 'When to see a professional' }).click();
  await expect(page).toHaveURL(/#when-to-see-a-professional$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'When to see a professional' }),
  ).toBeInViewport();

  await expect(
    page.getByRole('region', { name: 'Key takeaways' }).getByRole('listitem'),
  ).toHaveCount(5);
  await expect(page.getByText(/Medically reviewed by Dr\. Maya Okafor/)).toBeVisible();
  await expect(
    page.getByText('Last reviewed December 5, 2026 · Next review due December 5, 2027'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Priya Nair' }).first()).toHaveAttribute(
    'href',
    '/team#priya-nair',
  );
  await expect(
    page.getByRole('region', { name: 'Exercise Lying hamstring stretch' }),
  ).toBeVisible();
  await expect(
    page.getByRole('complementary', { name: 'Before you book: warning signs' }),
  ).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/articles\/stretches-for-runners-back-and-hips$/,
  );
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /opengraph-image/,
  );

  const jsonLd = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) =>
      scripts.map((s) => JSON.parse(s.textContent ?? '{}') as Record<string, unknown>),
    );
  const webPage = jsonLd.find((d) => d['@type'] === 'MedicalWebPage');
  expect(webPage).toMatchObject({
    headline: 'Stretches for runners: a 10-minute routine for the back and hips',
    author: { '@type': 'Person', name: 'Priya Nair' },
    reviewedBy: { '@type': 'Person', name: 'Dr. Maya Okafor' },
    lastReviewed: '2026-12-05',
    publisher: { '@type': 'MedicalClinic', name: 'Larkfield Stride Chiropractic' },
  });
  expect(webPage?.datePublished).toEqual(expect.any(String));
  expect(webPage?.dateModified).toEqual(expect.any(String));
  const faqPage = jsonLd.find((d) => d['@type'] === 'FAQPage') as
    { mainEntity: Array<{ name: string; acceptedAnswer: { text: string } }> } | undefined;
  expect(faqPage?.mainEntity.map((q) => q.name)).toEqual([
    'Should I stretch before a run?',
    'How long until I feel less tight?',
    'Can stretching make back pain worse?',
  ]);
  expect(faqPage?.mainEntity[2]?.acceptedAnswer.text).not.toMatch(/\[/);

  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflowAt360(page)).toBeLessThanOrEqual(0);
});

test('new readers are sent to the consultation; returning patients can book the therapy', async ({
  page,
}) => {
  await page.goto(stretching);
  const cta = page.getByRole('region', { name: 'Would you like a hand with this?' });
  await expect(cta.getByRole('link', { name: 'Book a new-patient consultation' })).toHaveAttribute(
    'href',
    '/book?service=new-patient-consultation',
  );
  await cta.getByRole('link', { name: 'Book Myofascial release' }).click();
  await expect(page).toHaveURL(/\/book\?service=myofascial-release$/);
});

test('numbered notes link to dated references and back', async ({ page }) => {
  await page.goto('/articles/first-48-hours-back-pain-relief');
  const references = page.getByRole('region', { name: 'References' });
  await expect(references.getByRole('listitem')).toHaveCount(5);
  await expect(references.getByRole('listitem').nth(2)).toContainText(
    'Superficial heat or cold for low back pain',
  );
  await expect(references.getByRole('listitem').nth(2)).toContainText(
    '(accessed December 6, 2026)',
  );
  await expect(
    references.getByRole('link', { name: 'doi.org/10.1002/14651858.CD004750.pub2' }),
  ).toHaveAttribute('href', 'https://doi.org/10.1002/14651858.CD004750.pub2');

  await page.getByRole('link', { name: 'Reference [3]' }).first().click();
  await expect(page).toHaveURL(/#ref-3$/);
  await references.getByRole('link', { name: 'Back to text for reference 3' }).click();
  await expect(page).toHaveURL(/#cite-3$/);
  // No "cold first, then heat" protocol.
  await expect(
    page.getByRole('heading', { name: 'Heat or cold? Use whichever helps you move' }),
  ).toBeVisible();
});

for (const slug of newArticles) {
  test(`the new article ${slug} is accessible, cited and safe at 360 px`, async ({ page }) => {
    await page.goto(`/articles/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Frequently asked questions' }),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'References' }).getByRole('listitem').first(),
    ).toContainText('accessed');
    await expect(page.locator('aside[data-red-flags="box"]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflowAt360(page)).toBeLessThanOrEqual(0);
  });
}

test('no inline script runs except Next’s own hashed scripts and JSON-LD data', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  const response = await page.goto(stretching);
  // The cached article's policy lists the hash of each inline script it has, and allows no other.
  const policy = (await response!.headersArray())
    .filter((h) => h.name.toLowerCase() === 'content-security-policy')
    .map((h) => h.value)
    .find((v) => v.includes(`'sha256-`));
  expect(policy, 'a hash-based policy').toBeTruthy();
  const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(scriptSrc).not.toContain('unsafe-inline');
  const scripts = await page.locator('script').evaluateAll((nodes) =>
    nodes.map((s) => ({
      type: s.getAttribute('type'),
      src: s.getAttribute('src'),
      text: s.textContent ?? '',
    })),
  );
  for (const script of scripts) {
    if (script.type === 'application/ld+json') continue;
    // External files come only from our own build.
    if (script.src) expect(new URL(script.src, page.url()).pathname).toMatch(/^\/_next\/static\//);
    else {
      const hash = createHash('sha256').update(script.text, 'utf8').digest('base64');
      expect(scriptSrc, 'every inline script is one the policy lists').toContain(
        `'sha256-${hash}'`,
      );
    }
  }
  // Every script in the article body area is gone: the body is sanitised before it is rendered.
  expect(await page.locator('main article script:not([type="application/ld+json"])').count()).toBe(
    0,
  );
  expect(errors).toEqual([]);
});

test('the sitemap and the RSS feed list every published article', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const rssResponse = await request.get('/articles/rss.xml');
  expect(rssResponse.headers()['content-type']).toMatch(/application\/rss\+xml/);
  const rss = await rssResponse.text();
  for (const slug of articleSlugs) {
    expect(sitemap).toContain(`/articles/${slug}</loc>`);
    expect(rss).toContain(`/articles/${slug}</link>`);
  }
  expect(sitemap.match(/\/articles\/[a-z0-9-]+<\/loc>/g)).toHaveLength(articleSlugs.length);
  expect(rss.match(/<item>/g)).toHaveLength(articleSlugs.length);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Disallow: \/dashboard/);
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test('unknown articles and out-of-range pages are 404s; the index works at 360 px', async ({
  page,
}) => {
  expect((await page.goto('/articles/no-such-article'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await page.goto('/articles?page=99'))?.status()).toBe(404);
  expect((await page.goto('/articles/page/99'))?.status()).toBe(404);
  // Old ?page= links (bookmarks, search engines) move permanently to the cached path.
  const old = await page.request.get('/articles?page=2', { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(new URL(old.headers()['location']!, page.url()).pathname).toBe('/articles/page/2');

  await page.goto('/articles');
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflowAt360(page)).toBeLessThanOrEqual(0);
});

test('each article has an Open Graph image', async ({ page, request }) => {
  await page.goto(stretching);
  const imageUrl = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(imageUrl).toMatch(/\/articles\/stretches-for-runners-back-and-hips\/opengraph-image/);
  const response = await request.get(new URL(imageUrl!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).length).toBeGreaterThan(5_000);
});

import { expect, test, type APIRequestContext } from '@playwright/test';
import { RED_FLAGS, redFlagsOf } from '../lib/clinical/red-flags';
import { openSlots } from './api-booking';
import { publicPages } from './public-pages';

/**
 * Every public page takes its red-flag wording from lib/clinical/red-flags.ts. The module's
 * renderings carry `data-red-flags`; once they are removed from the page, no flag's words may be
 * left anywhere. The booking screen asks about them in the module's words too; the build itself is
 * checked by e2e/red-flags-build.spec.ts.
 */

const pages = [...publicPages, '/articles'];

const terms = RED_FLAGS.flatMap((flag) => flag.terms.map((term) => term.toLowerCase()));

async function articlePaths(request: APIRequestContext) {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  return [...sitemap.matchAll(/<loc>[^<]*?(\/articles\/[a-z0-9-]+)<\/loc>/g)].map((m) => m[1]!);
}

test('no public page words a red flag its own way', async ({ page, request }) => {
  test.slow();
  const all = [...pages, ...(await articlePaths(request))];
  expect(all.length).toBeGreaterThan(20);
  for (const path of all) {
    await page.goto(path);
    const text = await page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-red-flags], script').forEach((el) => el.remove());
      return copy.textContent ?? '';
    });
    const lower = text.toLowerCase();
    expect(
      terms.filter((term) => lower.includes(term)),
      `${path} has red-flag wording outside the shared module`,
    ).toEqual([]);
  }
});

test('the footer, contact page and article safety box list every flag in the module’s words', async ({
  page,
}) => {
  await page.goto('/contact');
  const box = page.getByRole('complementary', { name: 'Need help urgently?' });
  for (const tier of ['emergency', 'see-doctor-today'] as const) {
    await expect(box.locator(`[data-red-flags="${tier}"] li`)).toHaveText(
      redFlagsOf(tier).map((f) => f.label),
    );
    await expect(page.locator(`footer [data-red-flags="${tier}"] li`)).toHaveText(
      redFlagsOf(tier).map((f) => f.label),
    );
  }
  await expect(box.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');

  await page.goto('/articles/back-pain-red-flags-for-runners');
  // The red-flags article lists them in its body from the same module.
  await expect(
    page.locator('main article ul.red-flag-list[data-red-flags="emergency"] li'),
  ).toHaveText(redFlagsOf('emergency').map((f) => f.label));
});

test('the booking screen asks about both tiers in the module’s words, and words them nowhere else', async ({
  page,
  request,
}) => {
  const [slot] = await openSlots(request, 'chiropractic-adjustment', 3, 10);
  expect(slot).toBeTruthy();
  await page.goto(
    `/book?service=chiropractic-adjustment&practitioner=any&start=${encodeURIComponent(slot!.start)}&step=details`,
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Your details' })).toBeVisible();
  const question = page.locator('[data-red-flags="booking"]');
  await expect(question.locator('fieldset').nth(0).locator('label')).toHaveText(
    redFlagsOf('emergency').map((f) => f.label),
  );
  await expect(question.locator('fieldset').nth(1).locator('label')).toHaveText(
    redFlagsOf('see-doctor-today').map((f) => f.label),
  );
  const rest = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-red-flags], script').forEach((el) => el.remove());
    return (copy.textContent ?? '').toLowerCase();
  });
  expect(terms.filter((term) => rest.includes(term))).toEqual([]);
});

import { expect, test, type Page } from '@playwright/test';

/**
 * A booking step change is announced once (WCAG 4.1.3 without the noise): focus moves to the new
 * step's heading, which the screen reader reads, and no live region says it again — neither one of
 * ours nor Next.js's route announcer (an `alert` in the shadow root of <next-route-announcer>,
 * which reads the new document title). A change that has no heading to move to, another month in
 * the calendar, is announced by its one live region.
 *
 * What counts as a live announcement here is what screen readers act on: new text inside an
 * element that is live at that moment (aria-live polite/assertive, or role alert/status/log),
 * shadow roots included.
 */

declare global {
  interface Window {
    __announced: string[];
  }
}

/** Installed before any page script: records every live-region announcement into window.__announced. */
function recordAnnouncements() {
  window.__announced = [];
  const liveOf = (node: Node | null): Element | null => {
    for (let n: Node | null = node; n;) {
      if (n instanceof Element) {
        const live = n.getAttribute('aria-live');
        const role = n.getAttribute('role');
        if (live === 'off' || n.getAttribute('aria-hidden') === 'true') return null;
        if (live === 'polite' || live === 'assertive') return n;
        if (role === 'alert' || role === 'status' || role === 'log') return n;
      }
      n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
    }
    return null;
  };
  const seen = new WeakMap<Element, string>();
  const onChange = (records: MutationRecord[]) => {
    const regions = new Set<Element>();
    for (const r of records) {
      const region = liveOf(r.target);
      if (region) regions.add(region);
    }
    for (const region of regions) {
      const text = (region.textContent ?? '').trim();
      if (text && seen.get(region) !== text) window.__announced.push(text);
      seen.set(region, text);
    }
  };
  const watch = (root: Node) =>
    new MutationObserver(onChange).observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  // Next.js's announcer lives in a shadow root, which a document observer does not see into.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    watch(root);
    return root;
  };
  document.addEventListener('DOMContentLoaded', () => watch(document.documentElement));
}

const announced = (page: Page) => page.evaluate(() => window.__announced);

/** Waits until Next.js has handled the navigation to `title` (its announcer holds it). */
async function routeAnnouncerHas(page: Page, title: RegExp) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.querySelector('next-route-announcer')?.shadowRoot?.firstElementChild
            ?.textContent ?? '',
      ),
    )
    .toMatch(title);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(recordAnnouncements);
});

test('each booking step is announced once: by focus on its heading, not again by a live region', async ({
  page,
}) => {
  await page.goto('/book');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a therapy' })).toBeVisible();
  await page.evaluate(() => (window.__announced = []));

  await page.getByRole('link', { name: /^Chiropractic adjustment/ }).click();
  const practitioner = page.getByRole('heading', { level: 1, name: 'Who would you like to see?' });
  await expect(practitioner).toBeFocused();
  await routeAnnouncerHas(page, /^Who would you like to see\? · Booking/);
  expect(await announced(page)).toEqual([]);

  await page.getByRole('link', { name: /^First available/ }).click();
  const time = page.getByRole('heading', { level: 1, name: 'Choose a day and time' });
  await expect(time).toBeFocused();
  await routeAnnouncerHas(page, /^Choose a day and time · Booking/);
  await expect(page.locator('a[data-date]').first()).toBeVisible();
  expect(await announced(page)).toEqual([]);

  // Another month: no heading takes focus (it stays on the button), its one live region says which.
  const next = page.getByRole('link', { name: 'Next month' });
  const month = new URLSearchParams((await next.getAttribute('href'))!.split('?')[1]).get('month')!;
  const name = new Intl.DateTimeFormat('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00Z`));
  await next.click();
  await expect(page).toHaveURL(new RegExp(`month=${month}`));
  await expect(next).toBeFocused();
  await expect.poll(() => announced(page)).toEqual([name]);
});

test('a page without a step heading is still announced by Next.js’s route announcer', async ({
  page,
}) => {
  // Leaving the booking flow gives the announcer back its voice.
  await page.goto('/book');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a therapy' })).toBeVisible();
  await page.evaluate(() => (window.__announced = []));
  await page
    .getByRole('navigation', { name: 'Footer' })
    .getByRole('link', { name: 'Fees' })
    .click();
  await expect(page).toHaveURL(/\/fees$/);
  await expect.poll(() => announced(page)).toHaveLength(1);
  expect((await announced(page))[0]).toMatch(/^Fees, insurance and payment/);
});

test('coming back to the loaded booking address is announced once, by Next.js', async ({
  page,
}) => {
  // The step heading does not take focus at the address the browser loaded, so the route
  // announcer must not have been silenced for it: otherwise nothing at all would be said.
  await page.goto('/book');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a therapy' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Footer' })
    .getByRole('link', { name: 'Fees' })
    .click();
  await expect(page).toHaveURL(/\/fees$/);
  await expect.poll(() => announced(page)).toHaveLength(1);
  await page.evaluate(() => (window.__announced = []));
  await page.getByRole('banner').locator('a[href="/book"]').first().click();
  await expect(page).toHaveURL(/\/book$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a therapy' })).toBeVisible();
  await expect.poll(() => announced(page)).toHaveLength(1);
  expect((await announced(page))[0]).toMatch(/^Book an appointment · /);
});

import type { Page } from '@playwright/test';
import { expect, test } from './staff-journeys';

/**
 * Reflow (WCAG 1.4.10) and focus not obscured (2.4.11).
 *
 * 400 % zoom on a 1,280 px window is a 320 CSS px viewport. The schedule is the one page allowed a
 * sideways-scrolling grid, and only because it offers its list view: at 320 px the day and week
 * show as lists, the switch to the list view is on screen, and no schedule view scrolls sideways.
 *
 * Tabbing through a long page (an article), every focused element is on screen and nothing drawn
 * over it (a sticky or fixed header, a toast) covers it, on a phone and on a laptop.
 */

/** How far the page scrolls sideways (0 when it fits). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('at 320 px (400 % zoom of a 1,280 px window)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the schedule offers its list view and no view of it scrolls sideways', async ({ as }) => {
    const page = await as('desk');
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/dashboard/schedule');
    await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
    // The grid is not what a 320 px screen gets: the day comes as a list, and the switch to the
    // list view (with cancelled visits too) is there to press.
    await expect(page.getByRole('region', { name: 'Day schedule by practitioner' })).toBeHidden();
    const listLink = page.getByRole('navigation', { name: 'Schedule views' }).getByRole('link', {
      name: 'List',
    });
    await expect(listLink).toBeVisible();
    expect(await sideways(page)).toBe(0);

    await listLink.click();
    await expect(page).toHaveURL(/view=list/);
    await expect(listLink).toHaveAttribute('aria-current', 'page');
    expect(await sideways(page)).toBe(0);

    await page
      .getByRole('navigation', { name: 'Schedule views' })
      .getByRole('link', { name: 'Week' })
      .click();
    await expect(page).toHaveURL(/view=week/);
    await expect(page.getByRole('region', { name: /^Week schedule/ })).toBeHidden();
    expect(await sideways(page)).toBe(0);
  });
});

/** Where the focused element is, and whether something else is drawn on its centre. */
function focusedState() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const r = el.getBoundingClientRect();
  const inView =
    r.width > 0 &&
    r.height > 0 &&
    r.top >= 0 &&
    r.left >= 0 &&
    r.bottom <= window.innerHeight &&
    r.right <= window.innerWidth;
  const top = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 8));
  const covered = !top || !(el === top || el.contains(top) || top.contains(el));
  const label = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  return { label, inView, covered, tall: r.height > window.innerHeight };
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`tabbing through an article at ${viewport.width} px: every focused element is on screen and uncovered`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    // The page scrolls smoothly otherwise: each check would race the animation to the element.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/articles/stretches-for-runners-back-and-hips');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const problems: string[] = [];
    let stops = 0;
    for (; stops < 120; stops++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(focusedState);
      if (!state) break;
      if (state.tall) continue;
      if (!state.inView) problems.push(`${state.label}: outside the viewport`);
      else if (state.covered) problems.push(`${state.label}: covered`);
      // Past the article and into the footer: the long part has been walked.
      if (await page.evaluate(() => !!document.activeElement?.closest('footer'))) break;
    }
    expect(stops, 'Tab reached the footer').toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
}

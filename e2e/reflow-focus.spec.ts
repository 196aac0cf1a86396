import type { Page } from '@playwright/test';
import { canaryPatient } from './canary';
import {
  addDays,
  bookFirstFree,
  expect,
  letters,
  openSlots,
  practitionerId,
  scheduleCard,
  test,
  today,
} from './staff-journeys';

/**
 * Reflow (WCAG 1.4.10) and focus not obscured (2.4.11).
 *
 * 400 % zoom on a 1,280 px window is a 320 CSS px viewport. The schedule is the one page allowed a
 * sideways-scrolling grid, and only because it offers its list view: at 320 px the day and week
 * show as lists, the switch to the list view is on screen, and no schedule view scrolls sideways.
 *
 * Tabbing through a long page (an article), every focused element is on screen and nothing drawn
 * over it (a sticky or fixed header) covers it, on a phone and on a laptop; nor does the
 * schedule's toast, pinned to the foot of the window after an action, cover the cards below it.
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

test('the schedule’s toast never covers the card that has focus', async ({ as, request }) => {
  const maya = await practitionerId(request, 'maya-okafor');
  let day = addDays(today(), 51);
  let slots: string[] = [];
  for (let i = 0; i < 6 && slots.length < 4; i++, day = addDays(day, -1))
    slots = await openSlots(request, 'chiropractic-adjustment', maya, day, day);
  day = addDays(day, 1);
  const early = canaryPatient(`Toast${letters()}`);
  await bookFirstFree(request, 'chiropractic-adjustment', maya, slots.slice(0, 2), early);
  // Late in the day: below the fold of a short window, so Tab has to scroll to it.
  for (const start of slots.slice(-2).reverse())
    await bookFirstFree(
      request,
      'chiropractic-adjustment',
      maya,
      [start],
      canaryPatient(`Late${letters()}`),
    ).catch(() => undefined);

  const page = await as('desk');
  await page.setViewportSize({ width: 900, height: 560 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/dashboard/schedule?date=${day}`);
  // An action leaves its toast at the foot of the window until it is dismissed.
  await scheduleCard(page, early.name).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move…' }).click();
  const move = page.getByRole('dialog', { name: `Move ${early.name}` });
  const time = move.getByLabel('Time');
  const options = await time
    .locator('option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
  await time.selectOption(options[Math.floor(options.length / 2)]!);
  await move.getByRole('button', { name: 'Move appointment' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Moved ${early.name}` })).toBeVisible();

  // From the top of the grid, Tab through Dr. Okafor's column: every card that takes focus is
  // the element drawn at its own centre, not the toast.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: /^New appointment with Dr\. Maya Okafor/ }).focus();
  const problems: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(focusedState);
    if (!state || !(await page.evaluate(() => !!document.activeElement?.closest('[data-card]'))))
      break;
    if (!state.inView || state.covered) problems.push(`${state.label}: hidden`);
  }
  expect(problems).toEqual([]);
});

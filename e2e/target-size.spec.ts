import type { Locator, Page } from '@playwright/test';
import { chooseTherapyAndPractitioner } from './booking-flow';
import { canaryPatient } from './canary';
import {
  addDays,
  bookFirstFree,
  expect,
  letters,
  openSlots,
  practitionerId,
  test,
  today,
} from './staff-journeys';

/**
 * Target size (WCAG 2.5.8, AA): every calendar day, time button and schedule card action is at
 * least 24 × 24 CSS px, or is spaced so that a 24 px circle on its centre touches no other target
 * (nor another small target's circle) — measured at a phone's 390 px and a laptop's 1,280 px.
 */

const WIDTHS = [390, 1280] as const;
const SERVICE = 'chiropractic-adjustment';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The targets of `targets` that fail 2.5.8, described; `others` are the page's other targets
 * (spacing is measured against every interactive element on the page).
 */
async function tooSmall(page: Page, targets: Locator): Promise<string[]> {
  await expect(targets.first()).toBeVisible();
  const boxes = await targets.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
      };
    }),
  );
  const all = await page
    .locator('a[href], button, input, select, textarea, [role="button"], [tabindex="0"]')
    .evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }),
    );
  const same = (a: Box, b: Box) =>
    a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
  const contains = (a: Box, b: Box) =>
    a.x <= b.x && a.y <= b.y && a.x + a.width >= b.x + b.width && a.y + a.height >= b.y + b.height;
  const small = (b: Box) => b.width < 24 || b.height < 24;
  const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  // Distance from a point to a rectangle (0 inside it).
  const reach = (p: { x: number; y: number }, b: Box) =>
    Math.hypot(
      Math.max(b.x - p.x, 0, p.x - (b.x + b.width)),
      Math.max(b.y - p.y, 0, p.y - (b.y + b.height)),
    );
  const failures: string[] = [];
  for (const { name, box } of boxes) {
    if (box.width === 0 || box.height === 0) {
      failures.push(`${name}: not rendered`);
      continue;
    }
    if (!small(box)) continue;
    const c = centre(box);
    const clash = all.find(
      (other) =>
        !same(other, box) &&
        // What contains the target (the schedule's scrolling region) is not another target.
        !contains(other, box) &&
        (reach(c, other) < 12 ||
          (small(other) && Math.hypot(c.x - centre(other).x, c.y - centre(other).y) < 24)),
    );
    if (clash)
      failures.push(`${name}: ${Math.round(box.width)}×${Math.round(box.height)} px, too close`);
  }
  return failures;
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('calendar days, month buttons and time buttons of the booking flow', async ({ page }) => {
      await chooseTherapyAndPractitioner(page, 'Chiropractic adjustment', 'First available');
      await page.locator('a[data-date]').first().click();
      await expect(page.getByRole('heading', { level: 2, name: /^Times on / })).toBeFocused();
      expect(await tooSmall(page, page.locator('a[data-date]'))).toEqual([]);
      expect(
        await tooSmall(page, page.getByRole('link', { name: /^(Next|Previous) month$/ })),
      ).toEqual([]);
      const times = page.getByRole('region', { name: /^Times on / }).getByRole('link');
      expect(await tooSmall(page, times)).toEqual([]);
    });

    test('the schedule’s appointment cards, their actions, and the list on phones', async ({
      as,
      request,
    }) => {
      // A day of its own with two appointments of Dr. Okafor's, near the end of the horizon.
      const maya = await practitionerId(request, 'maya-okafor');
      let day = addDays(today(), width < 768 ? 57 : 59);
      for (let i = 0; i < 6; i++, day = addDays(day, -1)) {
        const slots = await openSlots(request, SERVICE, maya, day, day);
        if (slots.length < 4) continue;
        for (const half of [slots.slice(0, 2), slots.slice(2)])
          await bookFirstFree(request, SERVICE, maya, half, canaryPatient(`Size${letters()}`));
        break;
      }
      const page = await as('desk');
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/dashboard/schedule?date=${day}`);
      if (width >= 768) {
        // The grid: each card opens its actions; each column's "+" opens a new appointment.
        const cards = page.locator('[data-card] > button');
        expect(await tooSmall(page, cards)).toEqual([]);
        expect(
          await tooSmall(page, page.getByRole('button', { name: /^New appointment with / })),
        ).toEqual([]);
        await cards.first().click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        expect(await tooSmall(page, dialog.locator('button, a[href]'))).toEqual([]);
      } else {
        // Phones get the day as a list: each appointment's link (and check-in, on its day).
        const list = page.getByRole('list', { name: 'Appointments on this day' });
        await expect(list).toBeVisible();
        expect(await tooSmall(page, list.locator('a[href], button'))).toEqual([]);
      }
      const toolbar = page.getByRole('navigation', { name: 'Schedule views' }).getByRole('link');
      expect(await tooSmall(page, toolbar)).toEqual([]);
      expect(
        await tooSmall(page, page.getByRole('link', { name: /^(Previous|Next) (day|week)$/ })),
      ).toEqual([]);
    });
  });
}

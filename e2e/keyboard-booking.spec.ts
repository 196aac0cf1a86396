import { randomUUID } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoServices } from '../db/seed/clinic-data';
import { ownClientAddress } from './api-booking';
import { clinicToday } from './booking-flow';
import { canaryPatient } from './canary';

/**
 * A patient who uses only the keyboard books an appointment, on a phone-sized and a laptop-sized
 * window. At every Tab stop the focused element must be visible (a box inside the viewport that
 * nothing covers: the element at its centre is it or inside it), and after every step change
 * focus must be on the new step's heading (WCAG 2.4.3, 2.4.7, 2.4.11).
 */

const SERVICE = demoServices.find((s) => s.slug === 'chiropractic-adjustment')!;

/** Where focus is, and whether a sighted keyboard user can see it. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { visible: false, what: '<body>' };
    const r = el.getBoundingClientRect();
    const what = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}"`;
    const inside =
      r.width > 0 &&
      r.height > 0 &&
      r.top >= 0 &&
      r.left >= 0 &&
      r.bottom <= window.innerHeight &&
      r.right <= window.innerWidth;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const uncovered = !!hit && (hit === el || el.contains(hit));
    return {
      visible: inside && uncovered,
      what: `${what} at ${Math.round(r.top)},${Math.round(r.left)} ${Math.round(r.width)}×${Math.round(r.height)}${uncovered ? '' : ' (covered)'}`,
    };
  });
}

/** Presses Tab until `target` has focus, checking every stop on the way; fails after `max`. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    expect(state.visible, `Tab stop ${i + 1} is visible: ${state.what}`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`${max} Tab presses never reached the target`);
}

/** Tabs into the radio group of `option` and moves to it with the arrow keys (which checks it). */
async function chooseRadio(page: Page, option: Locator) {
  const name = await option.getAttribute('name');
  await tabTo(page, page.locator(`input[type=radio][name="${name}"]`).first());
  for (let i = 0; i < 8 && !(await option.isChecked()); i++) {
    await page.keyboard.press('ArrowDown');
    const state = await focusState(page);
    expect(state.visible, `radio is visible: ${state.what}`).toBe(true);
  }
  await expect(option).toBeChecked();
}

async function expectHeadingFocused(page: Page, level: number, name: string | RegExp) {
  await expect(page.getByRole('heading', { level, name })).toBeFocused();
  const state = await focusState(page);
  expect(state.visible, `the focused heading is visible: ${state.what}`).toBe(true);
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`keyboard-only booking at ${viewport.width}×${viewport.height}: every Tab stop visible, focus on each new step`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    // Focus scrolling is instant then (the site honours the setting), so positions are final.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setExtraHTTPHeaders(ownClientAddress());
    const patient = canaryPatient('Kay', `kbd${randomUUID().slice(0, 6)}`);

    await page.goto('/book');
    await tabTo(page, page.getByRole('link', { name: new RegExp(`^${SERVICE.name}`) }));
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 1, 'Who would you like to see?');

    await tabTo(page, page.getByRole('link', { name: /^First available/ }));
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 1, 'Choose a day and time');

    // A day with openings well ahead (other specs book the nearer days), Tab by Tab.
    const earliest = clinicToday(viewport.width < 500 ? 12 : 18);
    for (let month = 0; ; month++) {
      const days = page.locator('a[data-date]');
      await expect(days.first()).toBeVisible();
      const dates = await days.evaluateAll((as) => as.map((a) => a.getAttribute('data-date')!));
      const date = dates.find((d) => d >= earliest);
      if (date) {
        await tabTo(page, page.locator(`a[data-date="${date}"]`));
        break;
      }
      expect(month, 'a day with openings within three months').toBeLessThan(3);
      const next = page.getByRole('link', { name: 'Next month' });
      await tabTo(page, next);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/month=/);
      await expect(next).toBeFocused();
    }
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 2, /^Times on /);

    const times = page.getByRole('region', { name: /^Times on / }).getByRole('link');
    await tabTo(page, times.last());
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 1, 'Your details');

    await tabTo(page, page.getByLabel('Full name'));
    await page.keyboard.type(patient.name);
    await tabTo(page, page.getByLabel('E-mail'));
    await page.keyboard.type(patient.email);
    await tabTo(page, page.getByLabel('Mobile phone'));
    await page.keyboard.type('+1 503-555-0147');
    await chooseRadio(page, page.getByRole('radio', { name: 'Yes, I’ve been before' }));
    await tabTo(page, page.getByRole('checkbox', { name: 'Lower back' }));
    await page.keyboard.press('Space');
    await chooseRadio(page, page.getByRole('radio', { name: 'Less than 2 weeks' }));
    await chooseRadio(page, page.getByRole('radio', { name: 'No', exact: true }));
    await tabTo(page, page.getByLabel(/What brings you in/));
    await page.keyboard.type('Stiff lower back after hill repeats.');
    await tabTo(
      page,
      page.getByRole('checkbox', { name: /I accept the \d+-hour cancellation policy/ }),
    );
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Continue to review' }));
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 1, 'Check and confirm');

    await tabTo(page, page.getByRole('button', { name: 'Confirm booking' }));
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 1, /^You’re booked/);

    // The manage page's panels: opening one focuses its heading, closing it focuses its opener.
    const cancel = page.getByRole('link', { name: 'Cancel appointment' });
    await tabTo(page, cancel);
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 2, 'Cancel this appointment?');
    await tabTo(page, page.getByRole('link', { name: 'No, keep it' }));
    await page.keyboard.press('Enter');
    await expect(cancel).toBeFocused();
    const change = page.getByRole('link', { name: 'Change time' });
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await expect(change).toBeFocused();
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 2, 'Choose a new time');
    await tabTo(page, page.getByRole('link', { name: 'Keep my current time' }));
    await page.keyboard.press('Enter');
    await expect(change).toBeFocused();
    expect((await focusState(page)).visible).toBe(true);

    // Reflow: nothing on the way scrolled sideways.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
}

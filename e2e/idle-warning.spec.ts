import { expect, test } from '@playwright/test';
import { signIn } from './staff-session';

/**
 * The dashboard's idle sign-out (STAFF_IDLE_TIMEOUT_MINUTES, 30 by default) is announced before it
 * happens and can be put off (WCAG 2.2.1). The browser's clock is moved on, not waited for.
 */
test('two minutes before the idle sign-out a dialog warns and “Stay signed in” keeps the session', async ({
  page,
}) => {
  await page.clock.install();
  await signIn(page, 'frontdesk@larkfield-stride.example');
  const warning = page.getByRole('dialog', { name: 'You will be signed out soon' });
  await page.clock.fastForward('27:00');
  await expect(warning).toBeHidden();

  await page.clock.fastForward('01:30');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('after 30 minutes without activity');
  // Focus starts on the way out of the dialog that keeps the work: Enter is all it takes.
  const stay = warning.getByRole('button', { name: 'Stay signed in' });
  await expect(stay).toBeFocused();
  // Moving around the dialog by keyboard is not “activity”: it stays open until a choice is made.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.clock.fastForward('00:05');
  await expect(warning).toBeVisible();
  await expect(stay).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();

  // Still signed in: the dashboard opens, and the warning's clock started again.
  await page.getByRole('link', { name: 'Schedule' }).first().click();
  await expect(page).toHaveURL(/\/dashboard\/schedule/);
  await page.clock.fastForward('27:00');
  await expect(warning).toBeHidden();
});

test('typing in a form and pressing Save are activity: the clock restarts without a page change', async ({
  page,
}) => {
  await page.clock.install();
  await signIn(page, 'frontdesk@larkfield-stride.example');
  await page.goto('/dashboard/patients');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Edit details' });
  const anyDialog = page.getByRole('dialog');

  // Twenty minutes reading the record, then typing (a character typed and taken back).
  await page.clock.fastForward('20:00');
  await form.getByLabel('Full name').press('End');
  await page.keyboard.type(' ');
  await page.keyboard.press('Backspace');
  // Forty minutes after the page opened, twenty after the typing: neither warned nor signed out.
  await page.clock.fastForward('20:00');
  await expect(anyDialog).toHaveCount(0);

  // Saving (a server action; the page stays where it is) restarts the clock again.
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form).toBeHidden();
  await page.clock.fastForward('27:00');
  await expect(anyDialog).toHaveCount(0);
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('dialog', { name: 'You will be signed out soon' })).toBeVisible();
});

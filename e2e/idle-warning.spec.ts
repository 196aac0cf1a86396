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
  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();

  // Still signed in: the dashboard opens, and the warning's clock started again.
  await page.getByRole('link', { name: 'Schedule' }).first().click();
  await expect(page).toHaveURL(/\/dashboard\/schedule/);
  await page.clock.fastForward('27:00');
  await expect(warning).toBeHidden();
});

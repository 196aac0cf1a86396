import { expect, test } from '@playwright/test';
import { signIn } from './staff-session';

/**
 * Dashboard panels by keyboard: opening one moves focus to its first control, closing it returns
 * focus to the control that opened it (WCAG 2.4.3), and "Saved" is announced from a status region
 * that was already on the page.
 */
test('the patient record’s Edit details: focus goes into the form and back to the button', async ({
  page,
}) => {
  await signIn(page, 'frontdesk@larkfield-stride.example');
  await page.goto('/dashboard/patients');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const edit = page.getByRole('button', { name: 'Edit details' });
  // The status region is on the page, empty, before there is anything to say.
  const region = edit.locator('xpath=following-sibling::div[@role="status"]');
  await expect(region).toBeAttached();
  await expect(region).toHaveText('');
  await edit.focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Edit details' });
  await expect(form.getByLabel('Full name')).toBeFocused();

  await form.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(edit).toBeFocused();

  // Saving unchanged details: the form closes, focus is back on its button, the answer is read out.
  await page.keyboard.press('Enter');
  await form.getByRole('button', { name: 'Save details' }).focus();
  await page.keyboard.press('Enter');
  await expect(edit).toBeFocused();
  await expect(edit.locator('xpath=following-sibling::div[@role="status"]')).toHaveText(
    'Nothing had changed.',
  );
});

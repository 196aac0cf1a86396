import { expect, test } from '@playwright/test';
import { axeViolations } from './a11y';

/**
 * A therapy that needs a consultation first says so where it is chosen and again before the
 * practitioner and time are chosen, with a way to book the consultation instead.
 */
test('the consultation-first rule is shown before practitioner and time', async ({ page }) => {
  await page.goto('/book');
  const decompression = page.getByRole('link', { name: /^Spinal decompression/ });
  await expect(decompression).toContainText('New patients start with a consultation');
  await decompression.click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Who would you like to see?' }),
  ).toBeVisible();
  await expect(page.getByText('New to the clinic?')).toBeVisible();
  await expect(
    page.getByText(/Spinal decompression therapy starts with a check that it suits you/),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: /^Book a new-patient consultation.* instead$/ }).click();
  await expect(page).toHaveURL(/service=new-patient-consultation/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Who would you like to see?' }),
  ).toBeVisible();
  // The consultation itself needs nothing first.
  await expect(page.getByText('New to the clinic?')).toHaveCount(0);
});

import { expect, test } from '@playwright/test';
import { demoClinic, demoServices } from '../db/seed/clinic-data';
import { formatPrice } from '../lib/format';
import { signInAsAdmin } from './public-pages';
import { axeViolations } from './a11y';

test('the fees page lists every therapy’s self-pay price, the insurers and how to pay', async ({
  page,
}) => {
  await page.goto('/fees');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Fees, insurance and payment' }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Self-pay price of each therapy' });
  for (const service of demoServices) {
    const row = table.getByRole('row').filter({ hasText: service.name });
    await expect(row).toContainText(formatPrice(service.priceCents!));
  }
  for (const insurer of demoClinic.insurers) await expect(page.getByText(insurer)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Plan not listed? Ask for a superbill' }),
  ).toBeVisible();
  await expect(page.getByText('HSA and FSA cards')).toBeVisible();
  await expect(page.getByRole('link', { name: 'cms.gov/nosurprises' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('an admin edits the insurers and superbill setting, and the fees page follows', async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.goto('/dashboard/clinic');
  const insurers = page.getByLabel('Insurers you are in network with');
  const original = await insurers.inputValue();
  await insurers.fill(`${original}\nWillamette Test Plan`);
  await page.getByLabel('We give superbills for out-of-network claims').uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved. The public site shows them now.')).toBeVisible();

  try {
    await page.goto('/fees');
    await expect(page.getByText('Willamette Test Plan')).toBeVisible();
    await expect(page.getByRole('heading', { name: /superbill/ })).toHaveCount(0);
  } finally {
    await page.goto('/dashboard/clinic');
    await page.getByLabel('Insurers you are in network with').fill(original);
    await page.getByLabel('We give superbills for out-of-network claims').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved. The public site shows them now.')).toBeVisible();
  }
});

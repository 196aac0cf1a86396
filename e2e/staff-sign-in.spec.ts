import { expect, test } from '@playwright/test';

const password = process.env.SEED_STAFF_PASSWORD ?? 'e2e-Staff-Passw0rd!';

test('the dashboard sends a signed-out visitor to sign-in', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
});

test('a wrong password and an unknown e-mail get the same answer', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Work e-mail').fill('maya.okafor@larkfield-stride.example');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const message = page.getByRole('status');
  await expect(message).toContainText('do not match');
  const wrong = await message.innerText();
  await page.getByLabel('Work e-mail').fill('nobody@larkfield-stride.example');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(message).toHaveText(wrong);
});

test('front desk signs in, sees today, and signs out', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Work e-mail').fill('frontdesk@larkfield-stride.example');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByText('Sam Patel')).toBeVisible();
  const adminOnly = await page.goto('/dashboard/clinic');
  expect(adminOnly?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: /isn’t part of your role/ })).toBeVisible();
  await page.goto('/dashboard');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a forged x-middleware-subrequest header gets no further than a signed-out visitor', async ({ request }) => {
  const forged = { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware:proxy:proxy' };
  const page = await request.get('/dashboard/clinic', { headers: forged, maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()['location']).toContain('/sign-in');
  const exportRoute = await request.get('/api/staff/exports/appointments.csv?from=2026-11-01&to=2026-11-30', {
    headers: forged,
  });
  expect(exportRoute.status()).toBe(401);
  expect(await exportRoute.text()).not.toContain('patient_email');
});

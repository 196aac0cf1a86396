import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { bookingBody, openSlots } from './api-booking';
import { canaryPatient } from './canary';
import { signIn, STAFF_PASSWORD as password } from './staff-session';

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
  await signIn(page, 'frontdesk@larkfield-stride.example', password);
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

test('a forged x-middleware-subrequest header gets no further than a signed-out visitor', async ({
  request,
}) => {
  const forged = {
    'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware:proxy:proxy',
  };
  const page = await request.get('/dashboard/clinic', { headers: forged, maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()['location']).toContain('/sign-in');
  const exportRoute = await request.get(
    '/api/staff/exports/appointments.csv?from=2026-11-01&to=2026-11-30',
    {
      headers: forged,
    },
  );
  expect(exportRoute.status()).toBe(401);
  expect(await exportRoute.text()).not.toContain('patient_email');
});

test('a practitioner opening another practitioner’s appointment gets a real 403, loading state or not', async ({
  page,
  request,
}) => {
  // An appointment in Daniel's diary, booked the way an integrator would.
  const { practitioners } = (await (await request.get('/api/v1/practitioners')).json()) as {
    practitioners: Array<{ id: string; slug: string }>;
  };
  const daniel = practitioners.find((p) => p.slug === 'daniel-reyes')!.id;
  const slots = (await openSlots(request, 'chiropractic-adjustment', 30, 45)).filter(
    (s) => s.practitionerId === daniel,
  );
  let id = '';
  for (const slot of slots.slice(-8)) {
    const booked = await request.post('/api/v1/bookings', {
      headers: { 'Idempotency-Key': `e2e-${randomUUID()}`, 'X-Forwarded-For': '198.51.100.91' },
      data: bookingBody('chiropractic-adjustment', slot, canaryPatient('Forbidden', 'forbidden')),
    });
    if (booked.status() === 409) continue;
    expect(booked.status()).toBe(201);
    id = ((await booked.json()) as { booking: { id: string } }).booking.id;
    break;
  }
  expect(id, 'an open slot of Daniel’s to book').not.toBe('');

  await signIn(page, 'maya.okafor@larkfield-stride.example');
  for (const path of [
    `/dashboard/appointments/${id}`,
    `/dashboard/appointments/${id}/reschedule`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: /isn’t part of your role/ })).toBeVisible();
    await expect(page.getByText(canaryPatient('Forbidden', 'forbidden').name)).toHaveCount(0);
  }
});

test('malformed framework requests get a clear 4xx, never a 500', async ({ request }) => {
  for (const tree of ['%%%', '{', encodeURIComponent('{"a":1}'), encodeURIComponent('[1]')]) {
    for (const path of ['/', '/dashboard', '/sign-in']) {
      // (Next first redirects an RSC request to its cache-busting `_rsc` URL: followed here.)
      const response = await request.get(path, {
        headers: { RSC: '1', 'Next-Router-State-Tree': tree },
      });
      expect({ path, tree, status: response.status() }).toEqual({ path, tree, status: 400 });
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'malformed_router_state',
      );
    }
  }
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const huge = await request.post('/api/auth/callback/credentials', {
    headers: { Origin: origin },
    form: { csrfToken, attempt: 'x'.repeat(70 * 1024) },
    maxRedirects: 0,
  });
  expect(huge.status()).toBe(413);
  expect(huge.headers()['set-cookie'] ?? '').not.toContain('session-token');
});

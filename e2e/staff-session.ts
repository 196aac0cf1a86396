import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Browser, type Page } from '@playwright/test';
import { generate } from 'otplib';

/**
 * Signing in as staff in the browser tests. The seeded demo admin must use two-step sign-in, so
 * e2e/global-setup.ts signs in once through the real first-time set-up (TOTP computed from the
 * key the page shows) and saves that browser's cookies; specs open the admin's pages with them.
 * Other seeded logins (front desk, practitioners) sign in with the password alone.
 */
export const STAFF_PASSWORD = process.env.SEED_STAFF_PASSWORD ?? 'e2e-Staff-Passw0rd!';
export const SEEDED_ADMIN = 'admin@larkfield-stride.example';

const port = () => process.env.E2E_PORT ?? 3100;

/** Where global setup keeps the admin's signed-in browser state and authenticator secret. */
export function adminStatePath(): string {
  return fileURLToPath(new URL(`../.data/e2e-admin-${port()}.json`, import.meta.url));
}
export function adminSecretPath(): string {
  return fileURLToPath(new URL(`../.data/e2e-admin-${port()}.totp`, import.meta.url));
}

/** Password sign-in for an account without two-step sign-in; lands on the dashboard. */
export async function signIn(page: Page, email: string, password = STAFF_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** A new browser context already signed in as the seeded admin. */
export async function adminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: adminStatePath() });
  return context.newPage();
}

/** Signs this page's browser in as the seeded admin and opens the dashboard. */
export async function openAdminSession(page: Page): Promise<void> {
  const state = JSON.parse(readFileSync(adminStatePath(), 'utf8')) as {
    cookies: Parameters<ReturnType<Page['context']>['addCookies']>[0];
  };
  await page.context().addCookies(state.cookies);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/dashboard$/);
}

/**
 * The code an authenticator app shows for `secret`, for a 30-second step after `afterStep` (the
 * server accepts each step once, and one step ahead of now): returns the code and its step.
 */
export async function nextTotp(
  secret: string,
  afterStep = 0,
): Promise<{ code: string; step: number }> {
  for (;;) {
    const now = Math.floor(Date.now() / 1000);
    const step = Math.max(Math.floor(now / 30), afterStep + 1);
    if (step <= Math.floor(now / 30) + 1) {
      return {
        code: await generate({ secret: secret.replace(/\s+/g, ''), epoch: step * 30 }),
        step,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** The code an authenticator app showed during the 30-second `step`. */
export function totpAt(secret: string, step: number): Promise<string> {
  return generate({ secret: secret.replace(/\s+/g, ''), epoch: step * 30 });
}

/** Completes a first sign-in's set-up on `page`: reads the key, confirms a code, keeps the codes. */
export async function enrolOnPage(
  page: Page,
): Promise<{ secret: string; step: number; recoveryCodes: string[] }> {
  await expect(page.getByRole('heading', { name: 'Set up two-step sign-in' })).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const secret = ((await page.getByTestId('totp-key').textContent()) ?? '').replace(/\s+/g, '');
  const { code, step } = await nextTotp(secret);
  await page.getByLabel('Code from the app').fill(code);
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  const list = page.getByRole('list', { name: 'Your recovery codes' });
  await expect(list).toBeVisible();
  const recoveryCodes = (await list.getByRole('listitem').allTextContents()).map((c) => c.trim());
  return { secret, step, recoveryCodes };
}

export function saveAdminSecret(secret: string): void {
  writeFileSync(adminSecretPath(), secret, { mode: 0o600 });
}

/**
 * An admin invites someone on the Staff page and, the local mailbox being the Outbox page in
 * these tests, opens the invitation e-mail there: returns the link it carries.
 */
export async function inviteStaff(
  admin: Page,
  person: { name: string; email: string; role: 'admin' | 'front_desk' | 'practitioner' },
): Promise<string> {
  await admin.goto('/dashboard/staff');
  await admin.getByLabel('Name').fill(person.name);
  await admin.getByLabel('Work e-mail').fill(person.email);
  await admin.getByLabel('Role').selectOption(person.role);
  await admin.getByRole('button', { name: 'Send invitation' }).click();
  await expect(admin.getByText(`Invitation sent to ${person.email}.`)).toBeVisible();
  return linkIn(admin, person.email, 'Your staff account');
}

/** The link in the newest e-mail to `email` whose subject starts with `subject`. */
export async function linkIn(admin: Page, email: string, subject: string): Promise<string> {
  await admin.goto(`/dashboard/outbox?to=${encodeURIComponent(email)}`);
  const message = admin.getByRole('article').filter({ hasText: subject }).first();
  const link = message.getByRole('link', { name: 'Open the link in this e-mail' });
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`no link in the e-mail to ${email}`);
  return href;
}

/** Follows an invitation or reset link and saves `password`; ends on the sign-in page. */
export async function choosePassword(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('The same password again').fill(password);
  await page.getByRole('button', { name: 'Save my password' }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=password-set/);
  await expect(page.getByText('Your password is saved.')).toBeVisible();
}

import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect, type FullConfig } from '@playwright/test';
import { canary, setCanaryToken } from './canary';
import {
  SEEDED_ADMIN,
  STAFF_PASSWORD,
  adminStatePath,
  enrolOnPage,
  saveAdminSecret,
} from './staff-session';

/**
 * Runs once, in Playwright's main process, after the web server is up and before any worker
 * starts: the canary token set here reaches every worker (they inherit this environment) and the
 * teardown, which runs in this same process. It also signs the seeded admin in for the first time,
 * which sets up their authenticator app as any new admin would (admins must use two-step sign-in).
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  // 60 random bits as base-36 letters and digits: unique per run, nothing a log would hold by chance.
  const token = BigInt(`0x${randomBytes(8).toString('hex')}`)
    .toString(36)
    .padStart(13, '0');
  setCanaryToken(token);
  console.log(`log canary for this run: ${canary().name} <${canary().email}>`);
  await signInSeededAdmin(config);
}

async function signInSeededAdmin(config: FullConfig): Promise<void> {
  const use = config.projects[0]!.use;
  const browser = await chromium.launch(use.launchOptions);
  try {
    const context = await browser.newContext({ baseURL: use.baseURL });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Work e-mail').fill(SEEDED_ADMIN);
    await page.getByLabel('Password').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const { secret } = await enrolOnPage(page);
    await page.getByRole('button', { name: 'I have saved them: continue' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    mkdirSync(path.dirname(adminStatePath()), { recursive: true });
    await context.storageState({ path: adminStatePath() });
    saveAdminSecret(secret);
  } finally {
    await browser.close();
  }
}

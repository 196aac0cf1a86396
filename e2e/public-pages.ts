import type { Page } from '@playwright/test';
import { demoServices } from '../db/seed/clinic-data';
import { openAdminSession } from './staff-session';

/** The public pages every site-wide check visits (articles are listed by the sitemap). */
export const publicPages = [
  '/',
  '/therapies',
  ...demoServices.map((s) => `/therapies/${s.slug}`),
  '/team',
  '/contact',
  '/fees',
];

/** Signs in as the seeded admin (the session e2e/global-setup.ts made with two-step sign-in). */
export async function signInAsAdmin(page: Page) {
  await openAdminSession(page);
}

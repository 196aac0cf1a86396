import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from '@playwright/test';
import {
  startApp,
  sleep,
  STAFF_PASSWORD,
  waitForHealth,
  type AppServer,
} from './support/app-server';
import { createDatabase, databaseCommand } from './support/databases';

// Public pages are cached in each instance's memory (lib/cache/page-cache-handler.mjs). A change
// saved through one instance must reach the pages the other instance serves (PostgreSQL NOTIFY),
// and nothing staff-only may ever reach a public page.
let database: Awaited<ReturnType<typeof createDatabase>>;
let apps: AppServer[] = [];
let browser: Browser | undefined;

const slug = 'training-load-rest-and-cross-training';

beforeAll(async () => {
  database = await createDatabase(inject('postgresServerUrl'), 'cache');
  await databaseCommand(database.url, 'setup');
  apps = [startApp(1, database.url), startApp(2, database.url)];
  await Promise.all(apps.map((app) => waitForHealth(app.baseUrl, 200)));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(apps.map((app) => app.stop()));
  await database?.drop();
});

async function page(baseUrl: string, path: string) {
  const response = await fetch(`${baseUrl}${path}`);
  return {
    status: response.status,
    cache: response.headers.get('x-nextjs-cache'),
    html: await response.text(),
  };
}

/** Polls `path` on `baseUrl` until `test` holds; returns how long that took. */
async function within(baseUrl: string, path: string, test: (html: string) => boolean, ms: number) {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (test((await page(baseUrl, path)).html)) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`${baseUrl}${path} did not change within ${ms} ms`);
}

async function signIn(baseUrl: string): Promise<Page> {
  const staff = await browser!.newPage();
  await staff.goto(`${baseUrl}/sign-in`);
  await staff.getByLabel('Work e-mail').fill('maya.okafor@larkfield-stride.example');
  await staff.getByLabel('Password').fill(STAFF_PASSWORD);
  await staff.getByRole('button', { name: 'Sign in' }).click();
  await staff.waitForURL(/\/dashboard$/);
  return staff;
}

describe('the page cache across two instances', () => {
  it('serves public pages from memory on both instances', async () => {
    for (const app of apps) {
      for (const path of ['/', '/therapies', `/articles/${slug}`]) {
        await page(app.baseUrl, path); // the first visit renders it
        const again = await page(app.baseUrl, path);
        expect(again.status).toBe(200);
        expect(again.cache, `${path} on ${app.baseUrl}`).toBe('HIT');
      }
    }
  });

  it('an article edited through instance A is served changed by instance B within seconds', async () => {
    const [a, b] = apps as [AppServer, AppServer];
    const sentence = `Cache check ${Date.now().toString(36)}.`;
    expect((await page(b.baseUrl, `/articles/${slug}`)).html).not.toContain(sentence);

    const staff = await signIn(a.baseUrl);
    await staff.goto(`${a.baseUrl}/dashboard/articles`);
    await staff.getByRole('link', { name: /^Training load, rest and cross-training/ }).click();
    const body = staff.getByLabel('Body (Markdown)');
    await body.fill(`${await body.inputValue()}\n\n${sentence}\n`);
    await staff.getByRole('button', { name: 'Save changes' }).click();
    await staff.getByText(/^Saved\./).waitFor();
    const savedAt = Date.now();

    const tookB = await within(
      b.baseUrl,
      `/articles/${slug}`,
      (html) => html.includes(sentence),
      5_000,
    );
    expect(tookB).toBeLessThan(5_000);
    expect((await page(a.baseUrl, `/articles/${slug}`)).html).toContain(sentence);
    console.log(`instance B served the edit ${Date.now() - savedAt} ms after the save`);

    // A staff-only change: a new draft. It never reaches a public page, on either instance.
    const title = `Draft only ${Date.now().toString(36)}`;
    await staff.goto(`${a.baseUrl}/dashboard/articles/new`);
    await staff.getByLabel('Title').fill(title);
    await staff.getByLabel('Slug').fill(title.toLowerCase().replace(/\s+/g, '-'));
    await staff
      .getByLabel('Description')
      .fill('A draft that staff are still writing, not for readers.');
    await staff.getByLabel('Body (Markdown)').fill('## Draft\n\nNot ready for readers yet.\n');
    await staff.getByRole('button', { name: 'Create draft' }).click();
    await staff.waitForURL(/\/dashboard\/articles\/[0-9a-f-]{36}$/);
    await sleep(1_000);
    for (const app of apps) {
      for (const path of ['/', '/articles', `/articles/${slug}`, '/therapies']) {
        expect((await page(app.baseUrl, path)).html, `${path} on ${app.baseUrl}`).not.toContain(
          title,
        );
      }
      const draft = await page(
        app.baseUrl,
        `/articles/${title.toLowerCase().replace(/\s+/g, '-')}`,
      );
      expect(draft.status).toBe(404);
    }
    await staff.close();
  });
});

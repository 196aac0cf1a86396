import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { canaryHits, canaryPatient, canaryToken, devLogPath, devPort } from './canary';
import { STAFF_PASSWORD } from './staff-session';

/**
 * The log canary on `npm run dev`'s server: `next dev` (on its own port and embedded database)
 * gets a staff sign-in typed with canary values, a real sign-in and a call-back request from a
 * canary patient, then its whole output must hold none of them. Next prints every server
 * function's arguments in development unless next.config.ts turns that off.
 */

const root = fileURLToPath(new URL('..', import.meta.url));

test('npm run dev prints no password or patient detail typed into the site', async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const port = devPort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Outside the project, like the log: next dev watches the project's files.
    PGLITE_DIR: path.join(tmpdir(), `clinic-e2e-dev-${port}-db`),
    SEED_STAFF_PASSWORD: STAFF_PASSWORD,
    SITE_URL: base,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  for (const name of ['NODE_ENV', 'DATABASE_URL', 'SMTP_URL', 'AUTH_SECRET', 'TRUSTED_PROXY_HOPS'])
    delete env[name];
  // What `predev` does: a fresh database, migrated and seeded.
  spawnSync('rm', ['-rf', env.PGLITE_DIR!]);
  const setup = spawnSync('npx', ['tsx', 'db/cli.ts', 'setup'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  expect(setup.status, setup.stderr).toBe(0);

  // Another server on the port would answer in its place and prove nothing.
  const stranger = await fetch(`${base}/api/health`).catch(() => null);
  expect(stranger, `port ${port} is already in use: set E2E_DEV_PORT`).toBeNull();

  const log = createWriteStream(devLogPath());
  const dev = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'dev', '-H', '127.0.0.1', '-p', String(port)],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  dev.stdout.pipe(log);
  dev.stderr.pipe(log);
  let running = true;
  const exited = new Promise<void>((resolve) =>
    dev.once('exit', () => {
      running = false;
      resolve();
    }),
  );
  try {
    await expect
      .poll(
        async () => {
          if (!running) throw new Error(`next dev stopped: see ${devLogPath()}`);
          return (await fetch(`${base}/api/health`).catch(() => null))?.status;
        },
        {
          timeout: 180_000,
          intervals: [1_000],
        },
      )
      .toBe(200);

    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    const patient = canaryPatient('Devlog', 'devlog');
    // A sign-in with a canary address and password: the action's arguments are exactly these.
    await page.goto('/sign-in', { timeout: 120_000 });
    await page.getByLabel('Work e-mail').fill(patient.email);
    await page.getByLabel('Password').fill(`canary-${canaryToken()}-password`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('status')).toContainText('do not match', { timeout: 120_000 });
    // A real sign-in, with the seeded password.
    await page.getByLabel('Work e-mail').fill('frontdesk@larkfield-stride.example');
    await page.getByLabel('Password').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 120_000 });

    // A patient's request, like a booking: name, e-mail, phone and a message.
    await page.goto('/contact', { timeout: 120_000 });
    const form = page.locator('#call-back');
    await form.getByLabel('Your name').fill(patient.name);
    await form.getByLabel(/^Phone/).fill('+1 503-555-0142');
    await form.getByLabel(/^E-mail/).fill(patient.email);
    await form
      .getByLabel(/What would you like to talk about/)
      .fill(`About my back, ${patient.name}.`);
    await form.getByLabel(/I agree that the clinic stores these details/).check();
    await page.waitForTimeout(3_500); // the form refuses submissions faster than a person types
    await form.getByRole('button', { name: 'Request a call back' }).click();
    await expect(form.getByText('Thank you, we have your request.')).toBeVisible({
      timeout: 60_000,
    });
    await context.close();
  } finally {
    dev.kill('SIGTERM');
    await exited;
    await new Promise<void>((resolve) => log.end(resolve));
  }

  const output = await readFile(devLogPath(), 'utf8');
  // Not a vacuous pass: the dev server ran both server functions (the app's own log lines say so).
  expect(output).toContain('sign-in refused');
  expect(output).toContain('"message":"sign-in"');
  expect(canaryHits(output, canaryToken())).toEqual([]);
});

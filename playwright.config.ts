import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { serverLogPath } from './e2e/canary';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // The log canary: a made-up patient per run, and a check that the server never logged them.
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these Chromium keeps dialling Google services, which this network refuses.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: [/\.mobile\.spec\.ts$/, /dev-log-canary\.spec\.ts$/],
    },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /\.mobile\.spec\.ts$/ },
    // `next dev` reloads its pages while files in the project keep changing (traces and results
    // being written, the other server's database and log): it runs after the rest, records no
    // trace, and keeps its results outside the project.
    {
      name: 'dev-server',
      use: { ...devices['Desktop Chrome'], trace: 'off', screenshot: 'off', video: 'off' },
      outputDir: path.join(tmpdir(), `clinic-e2e-dev-${port}-results`),
      testMatch: /dev-log-canary\.spec\.ts$/,
      dependencies: ['desktop', 'phone'],
    },
  ],
  webServer: {
    // Always its own server on its own fresh embedded database: never a developer's or a real one.
    command: 'bash scripts/e2e-server.sh',
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    // The server's output goes to its log file (scripts/e2e-server.sh), checked by the log canary;
    // only errors are echoed here.
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_SERVER_LOG: serverLogPath() },
  },
});

import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The log canary: one patient name and e-mail made up per test run (e2e/global-setup.ts), typed
 * wherever the suite enters patient details. e2e/global-teardown.ts fails the run when the server
 * log holds any of them: patient details must never reach a log (lib/logger.ts).
 *
 * Every variant carries the run's token ("canary-<token>", letters and digits only), so a log line
 * that holds any canary patient's name or e-mail, plain, URL- or HTML-encoded, holds the token too.
 */

const TOKEN_ENV = 'E2E_CANARY_TOKEN';
const TOKEN = /^[a-z0-9]{10,32}$/;

/** Where scripts/e2e-server.sh copies the server's stdout and stderr. */
export function serverLogPath(): string {
  return (
    process.env.E2E_SERVER_LOG ??
    fileURLToPath(
      new URL(`../.data/e2e-server-${process.env.E2E_PORT ?? 3100}.log`, import.meta.url),
    )
  );
}

/**
 * Port and log of the `next dev` run the dev-log canary starts (e2e/dev-log-canary.spec.ts):
 * E2E_DEV_PORT, else E2E_PORT - 100 (so 3100 → 3000, 3120 → 3020).
 */
export function devPort(): number {
  return Number(process.env.E2E_DEV_PORT ?? Number(process.env.E2E_PORT ?? 3100) - 100);
}

/** Outside the project: next dev watches the project's files, and a growing log would reload it. */
export function devLogPath(): string {
  return path.join(tmpdir(), `clinic-e2e-dev-${devPort()}.log`);
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** Lines of a log that hold any canary (by number, with which canary: never the line itself). */
export function canaryHits(log: string, token: string): string[] {
  const needles = canaryNeedles(token);
  const hits: string[] = [];
  log.split('\n').forEach((line, i) => {
    const text = line.replace(ANSI, '').toLowerCase();
    const matched = needles.filter((n) => text.includes(n.needle)).map((n) => n.what);
    if (matched.length) hits.push(`  line ${i + 1}: ${[...new Set(matched)].join(', ')}`);
  });
  return hits;
}

export function canaryToken(): string {
  const token = process.env[TOKEN_ENV];
  if (!token || !TOKEN.test(token))
    throw new Error(
      `${TOKEN_ENV} is not set: run the suite through playwright.config.ts (globalSetup).`,
    );
  return token;
}

export function setCanaryToken(token: string): void {
  if (!TOKEN.test(token)) throw new Error('a canary token is 10–32 lower-case letters and digits');
  process.env[TOKEN_ENV] = token;
}

export interface CanaryPatient {
  name: string;
  email: string;
}

/** The canary itself: "Quenby Canary-<token>", canary-<token>@example.test. */
export function canary(): CanaryPatient {
  const token = canaryToken();
  return { name: `Quenby Canary-${token}`, email: `canary-${token}@example.test` };
}

/**
 * A further canary patient, for journeys that need several people ("Bea" → "Bea Canary-<token>",
 * canary-<token>+bea@example.test). `first` may hold anything a patient could type.
 */
export function canaryPatient(first: string, label = first): CanaryPatient {
  const token = canaryToken();
  const tag = label.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return {
    name: `${first} Canary-${token}`,
    email: `canary-${token}+${tag || 'x'}@example.test`,
  };
}

/** What the teardown looks for, case-insensitively, and how it names a match (never the line). */
export function canaryNeedles(token: string): Array<{ what: string; needle: string }> {
  const { name, email } = { name: `Quenby Canary-${token}`, email: `canary-${token}@example.test` };
  const forms = (label: string, value: string) => [
    { what: label, needle: value },
    { what: `${label} (URL-encoded)`, needle: encodeURIComponent(value) },
    {
      what: `${label} (form-encoded)`,
      needle: new URLSearchParams({ v: value }).toString().slice(2),
    },
  ];
  return [
    ...forms('canary name', name),
    ...forms('canary e-mail', email),
    // "Quenby" on its own: a first name in a greeting is still a patient detail.
    { what: 'canary first name', needle: 'Quenby' },
    // Any canary patient (name or e-mail, any encoding that keeps letters, digits and "-").
    { what: 'canary token (a canary patient’s name or e-mail)', needle: `canary-${token}` },
  ].map((n) => ({ ...n, needle: n.needle.toLowerCase() }));
}

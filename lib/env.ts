import { z } from 'zod';

/**
 * Every environment variable the app and `npm run worker` read, validated once. A value that
 * does not parse stops start-up with a message naming the variable (instrumentation.ts and
 * scripts/worker.ts call `env()` first) instead of quietly becoming NaN or a default. The names
 * and defaults are contracts: README.md → Configuration lists each one.
 */

const count = (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ error: `expected a whole number from ${min}` })
    .int({ error: `expected a whole number from ${min}` })
    .min(min, { error: `expected a whole number from ${min}` })
    .max(max, { error: `expected a whole number from ${min} to ${max}` })
    .default(fallback);

const amount = (fallback: number, min: number) =>
  z.coerce
    .number({ error: `expected a number from ${min}` })
    .min(min, { error: `expected a number from ${min}` })
    .default(fallback);

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://clinic.example' })
  .transform((value) => value.replace(/\/+$/, ''));

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
    .transform((value) => value === 'true' || value === '1' || value === 'yes')
    .default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  // Database
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_SIZE: count(10, 1),
  DATABASE_STATEMENT_TIMEOUT_MS: count(30_000, 0),
  PGLITE_DIR: z.string().optional(),
  SEED_STAFF_PASSWORD: z.string().optional(),
  // Site and requests
  SITE_URL: httpUrl.optional(),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  TRUSTED_PROXY_HOPS: count(0, 0, 10),
  // Read by lib/cache/page-cache-handler.mjs itself (Node loads it outside the TypeScript graph,
  // see there); validated here, so a bad value stops start-up. Keep the default equal to its own.
  PAGE_CACHE_MAX_ENTRIES: count(2000, 1),
  // Secrets: required outside `npm run dev` (lib/security/secret.ts)
  AUTH_SECRET: z.string().min(16, { error: 'expected at least 16 characters' }).optional(),
  BOOKING_TOKEN_SECRET: z.string().min(16, { error: 'expected at least 16 characters' }).optional(),
  // Staff sign-in and sessions
  STAFF_IDLE_TIMEOUT_MINUTES: amount(30, 1),
  STAFF_ABSOLUTE_TIMEOUT_HOURS: amount(12, 1),
  SIGNIN_FREE_FAILURES: count(5, 1),
  SIGNIN_MAX_PER_ADDRESS: count(30, 1),
  // Public forms
  CALLBACK_MIN_FILL_SECONDS: amount(3, 0),
  CALLBACK_MAX_PER_HOUR: count(5, 1),
  ARTICLE_QUESTIONS_MAX_PER_HOUR: count(5, 1),
  // Waitlist
  WAITLIST_TICK_SECONDS: amount(60, 5),
  // E-mail outbox
  SMTP_URL: z.string().optional(),
  EMAIL_FROM: z.string().optional(),
  RUN_WORKER_IN_APP: flag(true),
  OUTBOX_QUEUE: z.enum(['pg-boss', 'poller'], { error: 'expected pg-boss or poller' }).optional(),
  REMINDER_LEAD_HOURS: amount(24, 0),
  OUTBOX_MAX_ATTEMPTS: count(8, 1),
  OUTBOX_RETRY_BASE_SECONDS: amount(30, 1),
  OUTBOX_RETRY_MAX_SECONDS: amount(3600, 1),
  OUTBOX_LEASE_SECONDS: amount(300, 10),
  OUTBOX_POLL_MS: amount(2000, 100),
  OUTBOX_RETENTION_DAYS: amount(365, 0),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration (see README → Configuration):\n  ${problems.join('\n  ')}`);
    this.name = 'EnvError';
  }
}

/** Parses a set of variables; blank values count as unset. Throws EnvError naming each bad one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const present: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = source[key]?.trim();
    if (value) present[key] = value;
  }
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  // Names and reasons only: a value may be a secret.
  throw new EnvError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}

let cached: Env | undefined;

/** The validated configuration, parsed from process.env on first use. */
export function env(): Env {
  return (cached ??= parseEnv(process.env));
}

/** Tests that change process.env call this so the next `env()` reads it again. */
export function reloadEnv(): Env {
  cached = undefined;
  return env();
}

/** `npm run dev`: the only mode in which missing secrets may be generated. */
export function isDevelopment(): boolean {
  return env().NODE_ENV === 'development';
}

/**
 * An absolute URL on the public site: SITE_URL when set; otherwise the origin the request came in
 * on when there is one (a deployment behind a proxy without SITE_URL), else http://localhost:3000.
 */
export function siteUrl(pathname = '/', requestOrigin?: string): URL {
  return new URL(pathname, env().SITE_URL ?? requestOrigin ?? 'http://localhost:3000');
}

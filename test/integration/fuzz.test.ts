import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db, dbHandle } from '@/db';
import { logger } from '@/lib/logger';
import { getAvailability } from '@/lib/appointments/open-times';
import { addDays, clinicDate } from '@/lib/time/calendar';
import { checkStaffCredentials } from '@/lib/auth/credentials';
import { issueFormToken } from '@/lib/messages/form-token';
import { CALLBACK_FORM } from '@/lib/messages/callback';
import { ARTICLE_QUESTION_FORM } from '@/lib/content/questions';
import {
  bookOnlineRequest,
  bookingBody,
  bookingContext,
  makeBookingFixtures,
} from '../booking-fixtures';

/**
 * Every public entry point (no staff session) gets hostile input: wrong types, extra fields,
 * 1 MB strings, __proto__/constructor/prototype keys, deep nesting, arrays and null instead of
 * objects, and for the HTTP routes malformed JSON and wrong content types. Each must answer with a
 * 4xx and a clear message (route handlers) or the action's error result (server actions), write no
 * patient data (row counts of the patient-data tables before = after; rate-limit counters in
 * rate_limits do move, by design) and never show a stack trace or SQL. Counts are printed at the end.
 *
 * Server actions run here as plain functions: `next/headers` gives each call its own client
 * address and `next/cache` is a no-op, as in the other action tests; the HTTP encoding of actions
 * is fuzzed in e2e/fuzz.spec.ts.
 */

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': `fuzz-${randomUUID()}` }),
}));
// Hostile input must be refused before Auth.js is ever asked to sign anyone in.
vi.mock('@/lib/auth/config', () => ({
  signIn: () => {
    throw new Error('signIn reached with fuzzed input');
  },
}));
// The sign-in action imports these two error classes; next-auth itself needs a Next request.
vi.mock('next-auth', () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));
vi.mock('next/cache', () => ({
  refresh: vi.fn(),
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  unstable_cache: <T>(fn: T) => fn,
}));

const SEED = 20261121;
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const PATIENT_TABLES = [
  'patients',
  'appointments',
  'appointment_notes',
  'outbox',
  'idempotency_keys',
  'callback_requests',
  'article_questions',
  'staff_sessions',
  'waitlist_entries',
  'waitlist_offers',
] as const;
const LEAK = [
  /(^|\n)\s*at \S+ \(|\bat \S+:\d+:\d+/, // stack frames
  /node_modules/,
  /\bselect\b[^"]{0,200}\bfrom\s+"/i,
  /\binsert into\b/i,
  /DrizzleQueryError|Failed query/,
];

/** Fixed seed; a failure reports a short counterexample (deep values would overflow the printer). */
const PARAMS: fc.Parameters<unknown> = {
  seed: SEED,
  numRuns: RUNS,
  reporter: (details) => {
    if (!details.failed) return;
    const shown = (() => {
      try {
        return JSON.stringify(details.counterexample)?.slice(0, 400);
      } catch {
        return '(too deep to print)';
      }
    })();
    const cause =
      details.errorInstance instanceof Error
        ? details.errorInstance.message
        : String(details.errorInstance);
    throw new Error(
      `fuzz case failed (seed ${SEED}, path ${details.counterexamplePath}): ${shown}\n${cause}`,
    );
  },
};

// ---------- hostile values ----------
const MB = 1024 * 1024;
const huge = 'é'.repeat(MB / 2 + 10); // > 1 MB in UTF-8
function nested(depth: number, leaf: unknown = 'x'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}
const protoKeys = () =>
  JSON.parse(
    '{"__proto__":{"polluted":"yes","ok":true},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}',
  ) as unknown;
const special = fc.constantFrom<unknown>(
  null,
  undefined,
  [],
  {},
  '',
  0,
  -0,
  -1,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  huge,
  `${huge}@example.com`,
  '\u0000\u202e\ud800',
  "' OR 1=1; DROP TABLE patients; --",
  '<script>alert(1)</script>',
  nested(3000),
  nested(3000, protoKeys()),
  '$@1',
  '$K1',
  '2026-13-45T25:61:00Z',
  '9999-12-31T23:59:59.999Z',
  '-271821-04-20T00:00:00Z',
);
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: special },
  { weight: 1, arbitrary: fc.constant(null).map(() => protoKeys()) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 400 }).map((d) => nested(d)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.array(fc.string(), { maxLength: 5 }) },
);
const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'id', 'status'),
  fc.string({ maxLength: 20 }),
);

type Path = string[];
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}
function setAt(base: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = { ...(base as Record<string, unknown>) };
  const [head, ...rest] = path;
  Object.defineProperty(copy, head!, {
    value: setAt(copy[head!], rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/**
 * Mutants of a base input: one field (at any depth) replaced by a hostile value, extra fields
 * (dangerous names included) added at any depth, or the whole input replaced.
 */
function mutants(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...paths), hostile).map(([p, v]) => setAt(base, p, v)),
    fc
      .tuple(fc.constantFrom(...paths.filter((p) => p.length < 3)), extraKey, hostile)
      .map(([p, k, v]) => setAt(base, [...p, k], v)),
    hostile,
  );
}

// ---------- bookkeeping ----------
interface Tally {
  cases: number;
  byStatus: Record<string, number>;
  actionErrors: number;
  fiveHundreds: number;
}
const tallies = new Map<string, Tally>();
function record(target: string, outcome: string) {
  const t = tallies.get(target) ?? { cases: 0, byStatus: {}, actionErrors: 0, fiveHundreds: 0 };
  t.cases += 1;
  if (outcome === 'action error') t.actionErrors += 1;
  else t.byStatus[outcome] = (t.byStatus[outcome] ?? 0) + 1;
  if (/^5/.test(outcome)) t.fiveHundreds += 1;
  tallies.set(target, t);
}

async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of PATIENT_TABLES) {
    const result = await db.execute<{ n: number | string }>(
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    const rows = Array.isArray(result) ? result : (result as { rows: Array<{ n: number }> }).rows;
    out[table] = Number(rows[0]?.n);
  }
  return out;
}

function expectNoLeak(target: string, text: string) {
  for (const pattern of LEAK) {
    expect({ target, leak: pattern.exec(text)?.[0] ?? null }).toEqual({ target, leak: null });
  }
}

/** An action's result must be its documented refusal: ok false with a message. */
function expectActionError(target: string, result: unknown) {
  const text = JSON.stringify(result) ?? '';
  expectNoLeak(target, text);
  const r = result as { ok?: boolean; formError?: unknown; fieldErrors?: unknown } | null;
  expect({ target, ok: r?.ok }).toEqual({ target, ok: false });
  const messages = [
    r?.formError,
    ...Object.values((r?.fieldErrors ?? {}) as Record<string, string[]>).flat(),
  ];
  expect(
    messages.some((m) => typeof m === 'string' && m.length > 3),
    `${target}: ${text.slice(0, 300)}`,
  ).toBe(true);
  record(target, 'action error');
}

async function expectHttp4xx(target: string, response: Response) {
  const text = await response.text();
  expectNoLeak(target, text);
  record(target, String(response.status));
  expect({ target, status: response.status, body: text.slice(0, 200) }).toMatchObject({
    target,
    status: expect.toSatisfy((s: number) => s >= 400 && s < 500),
  });
  const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
  expect(typeof body.error?.code).toBe('string');
  expect(String(body.error?.message).length).toBeGreaterThan(5);
}

// An action that catches an internal failure still returns a polite result; the error log shows
// it. Any error logged while fuzzing counts as a 5xx for the target that caused it.
let errorLogs = 0;
const logError = logger.error.bind(logger);
vi.spyOn(logger, 'error').mockImplementation((message, fields) => {
  errorLogs += 1;
  logError(message, fields);
});
async function counted<T>(target: string, run: () => Promise<T>): Promise<T> {
  const logged = errorLogs;
  const result = await run();
  if (errorLogs > logged) {
    record(target, '5xx (internal error logged)');
    throw new Error(`${target}: an internal error was logged for this input`);
  }
  return result;
}

let before: Record<string, number>;
let f: Awaited<ReturnType<typeof makeBookingFixtures>>;
let freeSlot: string;
let manageToken: string;

beforeAll(async () => {
  f = await makeBookingFixtures(db);
  const today = clinicDate(new Date(), 'America/Los_Angeles');
  const view = await getAvailability({
    serviceSlug: f.service.slug,
    practitionerId: null,
    from: addDays(today, 3),
    to: addDays(today, 9),
  });
  // One real booking, so manage-link actions have a real token to be fuzzed against.
  const booked = await bookOnlineRequest(
    bookingBody(f, view.slots[0]!.start),
    bookingContext(new Date()),
  );
  if (!booked.ok) throw new Error(`fixture booking failed: ${booked.code}`);
  manageToken = booked.data.manageToken!;
  freeSlot = view.slots[view.slots.length - 1]!.start;
  before = await rowCounts();
});

afterAll(() => {
  const rows = [...tallies.entries()].map(([target, t]) => ({
    target,
    cases: t.cases,
    '4xx by status': Object.entries(t.byStatus)
      .map(([s, n]) => `${s}×${n}`)
      .join(' '),
    'action errors': t.actionErrors,
    '5xx': t.fiveHundreds,
  }));
  console.log(`fuzz (${dbHandle().driver}, seed ${SEED}, ${RUNS} generated runs per property):`);
  console.table(rows);
  console.log(`total cases: ${rows.reduce((n, r) => n + r.cases, 0)}`);
});

describe(`fuzzing the public entry points (${dbHandle().driver})`, () => {
  it('POST /api/v1/bookings answers 4xx for hostile bodies, encodings and headers', async () => {
    const { POST } = await import('@/app/api/v1/bookings/route');
    const target = 'POST /api/v1/bookings';
    // A valid request for a time outside every opening (03:00), so no mutant can book.
    const base = bookingBody(f, freeSlot.replace(/T\d\d:\d\d/, 'T03:07'), {
      practitioner: f.practitioners[0]!.id,
    });
    const post = (body: BodyInit, headers: Record<string, string> = {}) =>
      POST(
        new Request('http://clinic.test/api/v1/bookings', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': `fuzz-${randomUUID()}`,
            'x-forwarded-for': randomUUID(),
            ...headers,
          },
          body,
        }),
      );
    await fc.assert(
      fc.asyncProperty(mutants(base), async (input) => {
        await expectHttp4xx(
          target,
          await counted(target, () => post(JSON.stringify(input) ?? 'undefined')),
        );
      }),
      PARAMS,
    );
    const malformed: Array<[BodyInit, Record<string, string>]> = [
      ['{', {}],
      ['{"service":', {}],
      ["{'service': 'x'}", {}],
      ['nul', {}],
      ['', {}],
      ['\uFEFF{}', {}],
      [new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), {}], // invalid UTF-8
      ['['.repeat(9000) + ']'.repeat(9000), {}], // deeper than anything sane, under the size cap
      [JSON.stringify(base), { 'content-type': 'text/plain' }],
      [JSON.stringify(base), { 'content-type': 'application/x-www-form-urlencoded' }],
      [JSON.stringify(base), { 'content-type': 'multipart/form-data; boundary=x' }],
      [JSON.stringify(base), { 'content-type': '' }],
      [JSON.stringify(base), { 'content-type': 'application/jsonp' }],
      [JSON.stringify({ ...base, pad: huge }), {}], // > 1 MB
      [JSON.stringify({ ...base, pad: huge }), { 'content-length': '10' }], // lying length
      [JSON.stringify(base), { 'idempotency-key': '' }],
      [JSON.stringify(base), { 'idempotency-key': huge.slice(0, 5000) }],
      [JSON.stringify(base), { 'idempotency-key': "' OR 1=1 --" }],
    ];
    for (const [body, headers] of malformed)
      await expectHttp4xx(
        `${target} (encodings)`,
        await counted(target, () => post(body, headers)),
      );
  });

  it('GET /api/v1/availability answers 200 or 4xx for any query', async () => {
    const { GET } = await import('@/app/api/v1/availability/route');
    const target = 'GET /api/v1/availability';
    const param = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        f.service.slug,
        '2026-02-30',
        '0000-01-01',
        '9999-12-31',
        huge.slice(0, 4000),
        randomUUID(),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom('service', 'from', 'to', 'practitioner', '__proto__', 'x'),
          param,
        ),
        async (query) => {
          const url = new URL('http://clinic.test/api/v1/availability');
          for (const [k, v] of Object.entries(query)) url.searchParams.append(k, v);
          const response = await counted(target, () => GET(new Request(url)));
          if (response.status === 200) {
            record(target, '200');
            return;
          }
          await expectHttp4xx(target, response);
        },
      ),
      PARAMS,
    );
  });

  it('the booking form’s action returns its error result for hostile input', async () => {
    const { createBookingAction } = await import('@/app/(booking)/book/actions');
    const base = bookingBody(f, freeSlot.replace(/T\d\d:\d\d/, 'T03:07'));
    await fc.assert(
      fc.asyncProperty(
        mutants(base),
        fc.oneof(
          fc.constant(null).map(() => randomUUID()),
          hostile,
        ),
        async (input, key) => {
          expectActionError(
            'createBookingAction',
            await counted('createBookingAction', () => createBookingAction(input, key)),
          );
        },
      ),
      PARAMS,
    );
  });

  it('the call-back and reader-question actions return their error result for hostile input', async () => {
    const { requestCallbackAction } = await import('@/app/(site)/contact/actions');
    const { askQuestionAction } = await import('@/app/(site)/articles/[slug]/actions');
    // Valid but for the fill time (the token was issued this instant): the deepest refusal.
    const callback = {
      name: 'Fuzz Tester',
      phone: '+1 503 555 0100',
      email: 'fuzz@example.com',
      preferredTime: 'any',
      message: 'Please call.',
      consent: true,
      website: '',
      formToken: issueFormToken(CALLBACK_FORM),
    };
    const question = {
      articleSlug: 'no-such-article',
      question: 'Is it fine to run through back pain?',
      name: 'Fuzz',
      email: '',
      consent: true,
      website: '',
      formToken: issueFormToken(ARTICLE_QUESTION_FORM),
    };
    await fc.assert(
      fc.asyncProperty(mutants(callback), async (input) => {
        const result = await counted('requestCallbackAction', () => requestCallbackAction(input));
        // A filled honeypot is answered like a success on purpose, with nothing stored.
        if (result.ok && isHoneypot(input)) return record('requestCallbackAction', 'honeypot ok');
        expectActionError('requestCallbackAction', result);
      }),
      PARAMS,
    );
    await fc.assert(
      fc.asyncProperty(mutants(question), async (input) => {
        const result = await counted('askQuestionAction', () => askQuestionAction(input));
        if (result.ok && isHoneypot(input)) return record('askQuestionAction', 'honeypot ok');
        expectActionError('askQuestionAction', result);
      }),
      PARAMS,
    );
  });

  it('the waitlist form’s actions return their error result for hostile input', async () => {
    const { joinWaitlistAction, joinEarlierAction } =
      await import('@/app/(booking)/waitlist/actions');
    // Valid but for the therapy, which does not exist: the deepest refusal.
    const join = {
      service: 'no-such-therapy',
      practitioner: 'any',
      weekdays: [1, 2, 3],
      partsOfDay: ['morning'],
      latestDate: addDays(clinicDate(new Date(), 'America/Los_Angeles'), 7),
      name: 'Fuzz Tester',
      email: 'fuzz@example.com',
      phone: '+1 503 555 0100',
      consent: true,
    };
    await fc.assert(
      fc.asyncProperty(
        mutants(join),
        fc.oneof(fc.constant(randomUUID()), hostile),
        async (input, token) => {
          expectActionError(
            'joinWaitlistAction',
            await counted('joinWaitlistAction', () => joinWaitlistAction(input)),
          );
          expectActionError(
            'joinEarlierAction',
            await counted('joinEarlierAction', () => joinEarlierAction(token as string, input)),
          );
        },
      ),
      PARAMS,
    );
  });

  it('manage-link actions return an error for hostile tokens and fields', async () => {
    const { cancelBookingAction, rescheduleBookingAction } =
      await import('@/app/(booking)/book/manage/[token]/actions');
    const form = (field: string, value: unknown) => {
      const data = new FormData();
      if (value !== undefined)
        data.append(field, typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
      return data;
    };
    const token = fc.oneof(
      hostile,
      fc.constant(null).map(() => randomUUID()),
      fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    );
    await fc.assert(
      fc.asyncProperty(token, hostile, async (t, reason) => {
        const state = await counted('cancelBookingAction', () =>
          cancelBookingAction(t as string, null, form('reason', reason)),
        );
        expectActionError('cancelBookingAction', { ok: false, ...state });
      }),
      PARAMS,
    );
    // The real token with hostile times: never a move.
    await fc.assert(
      fc.asyncProperty(fc.oneof(token, fc.constant(manageToken)), hostile, async (t, start) => {
        const state = await counted('rescheduleBookingAction', () =>
          rescheduleBookingAction(t as string, null, form('start', start)),
        );
        expectActionError('rescheduleBookingAction', { ok: false, ...state });
      }),
      PARAMS,
    );
  });

  it('sign-in (the action’s validation and the credentials callback’s check) refuses hostile input', async () => {
    const { signInAction } = await import('@/app/(auth)/sign-in/actions');
    const base = { email: 'not-an-address', password: 'x' };
    await fc.assert(
      fc.asyncProperty(mutants(base), async (input) => {
        expectActionError('signInAction', await counted('signInAction', () => signInAction(input)));
      }),
      PARAMS,
    );
    // What /api/auth/callback/credentials calls with the posted fields (HTTP level: e2e/fuzz.spec.ts).
    const account = { email: 'nobody-fuzz@example.com', password: 'wrong-password' };
    await fc.assert(
      fc.asyncProperty(mutants(account), async (input) => {
        const result = await counted('checkStaffCredentials', () =>
          checkStaffCredentials(input as Record<string, unknown>, `fuzz-${randomUUID()}`),
        );
        expectNoLeak('checkStaffCredentials', JSON.stringify(result) ?? '');
        expect(result).toMatchObject({ ok: false });
        record('checkStaffCredentials', 'refused');
      }),
      PARAMS,
    );
  });

  it('wrote no patient data and polluted no prototype', async () => {
    expect(await rowCounts()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(errorLogs, 'internal errors logged while fuzzing').toBe(0);
    for (const [target, t] of tallies)
      expect({ target, '5xx': t.fiveHundreds }).toEqual({ target, '5xx': 0 });
  });
});

function isHoneypot(input: unknown): boolean {
  const website = (input as { website?: unknown } | null)?.website;
  return typeof website === 'string' && website.trim() !== '';
}

import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { actionHeaders, actionId, actionResult } from './server-actions';

/**
 * The public entry points over real HTTP, as a scanner or attacker sends them: server actions
 * with malformed Flight encodings (bad JSON, wrong shapes, broken multipart, prototype-walking
 * references, > 1 MB, wrong media types, unknown ids) and fast-check's hostile arguments, the
 * booking API and the Auth.js credentials callback with hostile bodies. Nothing may answer 5xx,
 * show a stack trace or SQL, or sign anyone in; every refusal says what went wrong. The row-count
 * proof that nothing is written lives in test/integration/fuzz.test.ts (the server's embedded
 * database is not reachable from here). Counts per target are printed at the end.
 */

test.describe.configure({ mode: 'serial' });

const SEED = 20261121;
const GENERATED = Number(process.env.FUZZ_HTTP_RUNS ?? 30);
const LEAK = [
  /(^|\n)\s*at \S+ \(|\bat \S+:\d+:\d+/,
  /node_modules/,
  /\bselect\b[^"]{0,200}\bfrom\s+"/i,
  /\binsert into\b/i,
  /DrizzleQueryError|Failed query/,
];
const site = () => new URL(test.info().project.use.baseURL ?? '').origin;
const MB = 1024 * 1024;

interface Tally {
  cases: number;
  statuses: Record<string, number>;
  actionErrors: number;
}
const tallies = new Map<string, Tally>();
function record(target: string, status: number, actionError = false) {
  const t = tallies.get(target) ?? { cases: 0, statuses: {}, actionErrors: 0 };
  t.cases += 1;
  t.statuses[status] = (t.statuses[status] ?? 0) + 1;
  if (actionError) t.actionErrors += 1;
  tallies.set(target, t);
}

test.afterAll(() => {
  const rows = [...tallies].map(([target, t]) => ({
    target,
    cases: t.cases,
    'by status': Object.entries(t.statuses)
      .map(([s, n]) => `${s}×${n}`)
      .join(' '),
    'action errors (200)': t.actionErrors,
    '5xx': Object.entries(t.statuses).reduce((n, [s, c]) => n + (Number(s) >= 500 ? c : 0), 0),
  }));
  console.log(`HTTP fuzz (seed ${SEED}, ${GENERATED} generated argument lists per action):`);
  console.table(rows);
  console.log(`total HTTP cases: ${rows.reduce((n, r) => n + r.cases, 0)}`);
});

async function expectClearAnswer(
  target: string,
  response: APIResponse,
  what: string,
): Promise<void> {
  const status = response.status();
  const text = await response.text();
  const label = `${target} ← ${what.slice(0, 120)}: ${status} ${text.slice(0, 200)}`;
  for (const pattern of LEAK) expect(pattern.exec(text)?.[0] ?? null, label).toBeNull();
  // Soft, so one run counts every 5xx instead of stopping at the first.
  expect.soft(status, label).toBeLessThan(500);
  if (status >= 500) return record(target, status);
  const type = response.headers()['content-type'] ?? '';
  if (status === 200 && type.includes('text/x-component')) {
    // The action ran: its result must be a refusal with a message, not a thrown error (`1:E{…}`).
    expect(text, label).not.toMatch(/^1:E/m);
    const result = actionResult(text) as {
      ok?: boolean;
      formError?: unknown;
      fieldErrors?: unknown;
    } | null;
    expect(result, label).not.toBeNull();
    expect(result?.ok, label).not.toBe(true);
    const messages = [
      result?.formError,
      ...Object.values((result?.fieldErrors ?? {}) as Record<string, string[]>).flat(),
    ];
    expect(
      messages.some((m) => typeof m === 'string' && m.length > 3),
      label,
    ).toBe(true);
    record(target, status, true);
    return;
  }
  expect(status, label).toBeGreaterThanOrEqual(300);
  if (type.includes('application/json')) {
    const body = JSON.parse(text) as { error?: { message?: unknown } };
    expect(String(body.error?.message ?? '').length, label).toBeGreaterThan(5);
  }
  expect(response.headers()['set-cookie'] ?? '', label).not.toContain('session-token');
  record(target, status);
}

/** Raw action bodies Next's client never sends. */
function malformedBodies(): Array<[string, string | Buffer, string]> {
  const text = 'text/plain;charset=UTF-8';
  const boundary = '----fuzz';
  const part = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const multi = `multipart/form-data; boundary=${boundary}`;
  return [
    ['empty', '', text],
    ['truncated JSON', '[{"name":', text],
    ['null', 'null', text],
    ['object, not argument list', '{"name":"x"}', text],
    ['invalid UTF-8', Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]), text],
    [
      '__proto__ keys',
      '[{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}]',
      text,
    ],
    ['prototype-walking reference', '[{"then":"$1:__proto__:then"}]', text],
    ['constructor reference', '["$@0:constructor:constructor"]', text],
    ['dangling references', '["$@9","$K7","$Q3","$T","$F1","$n"]', text],
    ['3,000 levels deep', `${'['.repeat(3000)}${']'.repeat(3000)}`, text],
    ['over 1 MB', `["${'x'.repeat(MB + 10)}"]`, text],
    ['JSON media type', '[{}]', 'application/json'],
    ['form-urlencoded', 'name=x&consent=true', 'application/x-www-form-urlencoded'],
    ['octet-stream', '[{}]', 'application/octet-stream'],
    ['multipart garbage', 'garbage', multi],
    ['multipart without root', `${part('1', '"x"')}--${boundary}--\r\n`, multi],
    [
      'multipart CVE-2025-55182 shape',
      `${part('0', '{"then":"$1:__proto__:then","status":"resolved_model","reason":-1,"value":"{\\"then\\":\\"$B1337\\"}","_response":{"_prefix":"process.exit(1)//","_formData":{"get":"$1:constructor:constructor"}}}')}${part('1', '"$@0"')}--${boundary}--\r\n`,
      multi,
    ],
    ['multipart unterminated', `${part('0', '[{}]').slice(0, -2)}`, multi],
  ];
}

const hostileArg: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom<unknown>(
    null,
    [],
    {},
    '',
    'x'.repeat(200_000),
    { __proto__: null, toString: 'x' },
    [[[[[]]]]],
  ),
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'name', 'email', 'start', 'consent'),
    fc.jsonValue({ maxDepth: 2 }),
  ),
);

async function fuzzAction(
  request: APIRequestContext,
  target: string,
  path: string,
  id: string,
  arity: number,
) {
  const post = (body: string | Buffer, contentType?: string, actionIdHeader = id) =>
    request.post(path, {
      headers: {
        ...actionHeaders(actionIdHeader, contentType),
        Origin: site(),
        'X-Forwarded-For': `203.0.113.${Math.floor(Math.random() * 250)}, ${randomUUID()}`,
      },
      data: body,
      maxRedirects: 0,
    });
  for (const [what, body, type] of malformedBodies()) {
    await expectClearAnswer(target, await post(body, type), what);
  }
  for (const unknown of ['deadbeef', '00'.repeat(21), `${id}00`, '../../etc/passwd', '']) {
    await expectClearAnswer(target, await post('[{}]', undefined, unknown), `action id ${unknown}`);
  }
  const argLists = fc.sample(fc.array(hostileArg, { minLength: 0, maxLength: arity + 1 }), {
    seed: SEED,
    numRuns: GENERATED,
  });
  for (const args of argLists) {
    const body = JSON.stringify(args);
    await expectClearAnswer(target, await post(body), body);
  }
}

test('public server actions answer malformed encodings and hostile arguments with a clear refusal', async ({
  request,
}) => {
  test.setTimeout(300_000);
  const token = randomBytes(32).toString('base64url');
  const targets: Array<[string, string, string, string, number]> = [
    ['createBookingAction', '/book', 'app/(booking)/book/actions.ts', 'createBookingAction', 2],
    [
      'requestCallbackAction',
      '/contact',
      'app/(site)/contact/actions.ts',
      'requestCallbackAction',
      1,
    ],
    [
      'askQuestionAction',
      '/articles/why-lower-back-hurts-after-running',
      'app/(site)/articles/[slug]/actions.ts',
      'askQuestionAction',
      1,
    ],
    [
      'cancelBookingAction',
      `/book/manage/${token}`,
      'app/(booking)/book/manage/[token]/actions.ts',
      'cancelBookingAction',
      3,
    ],
    [
      'rescheduleBookingAction',
      `/book/manage/${token}`,
      'app/(booking)/book/manage/[token]/actions.ts',
      'rescheduleBookingAction',
      3,
    ],
    ['signInAction', '/sign-in', 'app/(auth)/sign-in/actions.ts', 'signInAction', 1],
  ];
  for (const [target, path, file, name, arity] of targets) {
    await fuzzAction(request, target, path, actionId(file, name), arity);
  }
  // Nobody got signed in along the way.
  expect((await request.get('/dashboard', { maxRedirects: 0 })).status()).toBe(307);
});

test('POST /api/v1/bookings answers hostile bodies with 4xx JSON', async ({ request }) => {
  const target = 'POST /api/v1/bookings';
  const post = (
    data: string | Buffer,
    contentType = 'application/json',
    key: string = `fuzz-${randomUUID()}`,
  ) =>
    request.post('/api/v1/bookings', {
      headers: {
        Origin: site(),
        'Content-Type': contentType,
        'Idempotency-Key': key,
        'X-Forwarded-For': randomUUID(),
      },
      data,
    });
  const bodies: Array<[string, string | Buffer, string?]> = [
    ['empty', ''],
    ['truncated', '{"service":'],
    ['array', '[]'],
    ['null', 'null'],
    ['__proto__', '{"__proto__":{"polluted":"yes"},"service":"x"}'],
    ['deep', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['over 1 MB', `{"service":"${'x'.repeat(MB + 10)}"}`],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d])],
    ['text/plain', '{}', 'text/plain'],
    ['form', 'service=x', 'application/x-www-form-urlencoded'],
    ['multipart', '--x\r\n\r\n--x--', 'multipart/form-data; boundary=x'],
  ];
  for (const [what, body, type] of bodies)
    await expectClearAnswer(target, await post(body, type), what);
  await expectClearAnswer(
    target,
    await post('{}', undefined, "' OR 1=1 --"),
    'bad idempotency key',
  );
  for (const value of fc.sample(hostileArg, { seed: SEED, numRuns: GENERATED })) {
    const body = JSON.stringify(value) ?? 'null';
    await expectClearAnswer(target, await post(body), body);
  }
});

test('the credentials callback answers hostile sign-in posts without a session or a 5xx', async ({
  request,
}) => {
  const target = 'POST /api/auth/callback/credentials';
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const post = (form: Record<string, string> | string, contentType?: string) =>
    request.post('/api/auth/callback/credentials', {
      headers: {
        Origin: site(),
        'X-Forwarded-For': randomUUID(),
        ...(contentType ? { 'Content-Type': contentType } : {}),
      },
      ...(typeof form === 'string' ? { data: form } : { form }),
      maxRedirects: 0,
    });
  const cases: Array<[string, Record<string, string> | string, string?]> = [
    ['no CSRF token', { email: 'admin@larkfield-stride.example', password: 'x' }],
    [
      'huge password',
      { csrfToken, email: 'admin@larkfield-stride.example', password: 'x'.repeat(MB) },
    ],
    ['huge e-mail', { csrfToken, email: `${'a'.repeat(MB)}@example.com`, password: 'x' }],
    [
      'SQL in e-mail',
      { csrfToken, email: "admin@larkfield-stride.example' OR '1'='1", password: "' OR '1'='1" },
    ],
    [
      '__proto__ fields',
      { csrfToken, __proto__: 'x', constructor: 'y', email: 'a@b.co', password: 'z' },
    ],
    [
      'JSON body',
      JSON.stringify({ csrfToken, email: 'a@b.co', password: 'x' }),
      'application/json',
    ],
    ['malformed JSON', '{', 'application/json'],
    ['multipart garbage', 'garbage', 'multipart/form-data; boundary=zz'],
    ['empty', '', 'application/x-www-form-urlencoded'],
  ];
  for (const [what, form, type] of cases)
    await expectClearAnswer(target, await post(form, type), what);
  const fields = fc.sample(
    fc.dictionary(
      fc.constantFrom('email', 'password', 'csrfToken', 'callbackUrl', '__proto__'),
      fc.string({ maxLength: 300 }),
    ),
    { seed: SEED, numRuns: GENERATED },
  );
  for (const form of fields)
    await expectClearAnswer(target, await post({ csrfToken, ...form }), JSON.stringify(form));
  expect((await request.get('/dashboard', { maxRedirects: 0 })).status()).toBe(307);
});

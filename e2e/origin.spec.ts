import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { bookingBody, openSlots, type Slot } from './api-booking';
import { canaryPatient } from './canary';
import { actionHeaders, actionId, actionResult } from './server-actions';

/**
 * Cross-site request forgery, as an attacker's page or script would try it: every mutating request
 * whose Origin is another site, `null` or missing gets 403 and changes nothing, on public and
 * staff server actions and the Auth.js credentials callback; on the cookieless public API a
 * foreign or `null` Origin is refused while a server-to-server call without one is served. The
 * same request from the site's own origin goes on to normal validation.
 */

const PASSWORD = process.env.SEED_STAFF_PASSWORD ?? 'e2e-Staff-Passw0rd!';
const DESK = 'frontdesk@larkfield-stride.example';
const SERVICE = 'chiropractic-adjustment';
const BAD_ORIGINS: Array<[string, string | undefined]> = [
  ['another site', 'https://evil.example'],
  ['a look-alike host', 'http://127.0.0.1.evil.example'],
  ['null', 'null'],
  ['no Origin', undefined],
];

const site = () => new URL(test.info().project.use.baseURL ?? '').origin;
const withOrigin = (origin: string | undefined, headers: Record<string, string> = {}) =>
  origin === undefined ? headers : { ...headers, Origin: origin };

async function expectRefused(response: APIResponse, what: string) {
  expect(response.status(), what).toBe(403);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code, what).toBe('origin_refused');
  expect(body.error.message, what).toMatch(/refused\. Nothing was changed/);
}

const slotsFarAhead = (request: APIRequestContext) => openSlots(request, SERVICE, 40, 55);

function bookingFor(slot: Slot) {
  return bookingBody(
    SERVICE,
    slot,
    canaryPatient('Crosssite', `origin${randomUUID().slice(0, 8)}`),
    'Checking that another site cannot book for me.',
  );
}

/** Posts to the Auth.js credentials callback the way a browser's form post would. */
async function credentialsCallback(
  request: APIRequestContext,
  origin: string | undefined,
  password = PASSWORD,
) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  return request.post('/api/auth/callback/credentials', {
    headers: withOrigin(origin, {
      'X-Forwarded-For': `198.51.100.${Math.floor(Math.random() * 250)}`,
    }),
    form: { csrfToken, email: DESK, password, callbackUrl: `${site()}/dashboard` },
    maxRedirects: 0,
  });
}

/** Signs the front desk in through the sign-in page's own action, from the site itself. */
async function signInAsDesk(request: APIRequestContext) {
  const response = await request.post('/sign-in', {
    headers: {
      ...actionHeaders(actionId('app/(auth)/sign-in/actions.ts', 'signInAction')),
      Origin: site(),
    },
    data: JSON.stringify([{ email: DESK, password: PASSWORD }]),
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
  expect(response.headers()['set-cookie'] ?? '').toContain('session-token');
}

async function dashboardStatus(request: APIRequestContext) {
  return (await request.get('/dashboard', { maxRedirects: 0 })).status();
}

test('a booking from another site, a null or no Origin is refused and books nothing', async ({
  request,
}) => {
  const slots = await slotsFarAhead(request);
  const slot = slots[Math.floor(slots.length / 2)];
  if (!slot) throw new Error('no open slot 40–55 days ahead');
  const body = bookingFor(slot);
  const createBooking = actionId('app/(booking)/book/actions.ts', 'createBookingAction');

  for (const [label, origin] of BAD_ORIGINS) {
    // A call without Origin is a server's, not a browser's: the API serves those (below).
    if (origin !== undefined)
      await expectRefused(
        await request.post('/api/v1/bookings', {
          headers: withOrigin(origin, { 'Idempotency-Key': `origin-${randomUUID()}` }),
          data: body,
        }),
        `API, ${label}`,
      );
    await expectRefused(
      await request.post('/book', {
        headers: withOrigin(origin, actionHeaders(createBooking)),
        data: JSON.stringify([body, randomUUID()]),
      }),
      `booking action, ${label}`,
    );
  }
  // The valid booking that was refused seven times is still an open time.
  expect(
    (await slotsFarAhead(request)).some(
      (s) => s.start === slot.start && s.practitionerId === slot.practitionerId,
    ),
  ).toBe(true);

  // From the site itself the same requests reach validation (here: consent withdrawn).
  const invalid = { ...body, patient: { ...body.patient, consent: false } };
  const api = await request.post('/api/v1/bookings', {
    headers: { Origin: site(), 'Idempotency-Key': `origin-${randomUUID()}` },
    data: invalid,
  });
  expect(api.status()).toBe(422);
  expect(JSON.stringify(await api.json())).toContain('consent');
  // A partner's server (no Origin, no cookies) reaches the API just the same.
  const server = await request.post('/api/v1/bookings', {
    headers: { 'Idempotency-Key': `origin-${randomUUID()}` },
    data: invalid,
  });
  expect(server.status()).toBe(422);
  expect(JSON.stringify(await server.json())).toContain('consent');
  const action = await request.post('/book', {
    headers: { ...actionHeaders(createBooking), Origin: site() },
    data: JSON.stringify([invalid, randomUUID()]),
  });
  expect(action.status()).toBe(200);
  expect(actionResult(await action.text())).toMatchObject({ ok: false, code: 'invalid' });
});

test('the call-back form’s action refuses other origins and validates its own', async ({
  request,
}) => {
  const id = actionId('app/(site)/contact/actions.ts', 'requestCallbackAction');
  const input = {
    name: 'Cross Site',
    phone: '+1 503 555 0100',
    email: '',
    preferredTime: 'any',
    message: 'x',
    consent: true,
  };
  for (const [label, origin] of BAD_ORIGINS) {
    await expectRefused(
      await request.post('/contact', {
        headers: withOrigin(origin, actionHeaders(id)),
        data: JSON.stringify([input]),
      }),
      `contact action, ${label}`,
    );
  }
  const own = await request.post('/contact', {
    headers: { ...actionHeaders(id), Origin: site() },
    data: JSON.stringify([{}]),
  });
  expect(own.status()).toBe(200);
  expect(actionResult(await own.text())).toMatchObject({
    ok: false,
    fieldErrors: { name: expect.any(Array) },
  });
});

test('sign-in from another origin is refused with the right password and sets no session', async ({
  request,
}) => {
  const signIn = actionId('app/(auth)/sign-in/actions.ts', 'signInAction');
  for (const [label, origin] of BAD_ORIGINS) {
    const callback = await credentialsCallback(request, origin);
    await expectRefused(callback, `credentials callback, ${label}`);
    expect(callback.headers()['set-cookie'] ?? '').not.toContain('session-token');
    const action = await request.post('/sign-in', {
      headers: withOrigin(origin, actionHeaders(signIn)),
      data: JSON.stringify([{ email: DESK, password: PASSWORD }]),
    });
    await expectRefused(action, `sign-in action, ${label}`);
    expect(action.headers()['set-cookie'] ?? '').not.toContain('session-token');
    expect(await dashboardStatus(request), `still signed out after ${label}`).toBe(307);
  }
  // Same origin: the sign-in action validates; the callback takes no password at all (only a
  // finished sign-in, after any second step), so even the right one makes no session there.
  const own = await request.post('/sign-in', {
    headers: { ...actionHeaders(signIn), Origin: site() },
    data: JSON.stringify([{ email: 'not-an-email', password: '' }]),
  });
  expect(actionResult(await own.text())).toMatchObject({
    ok: false,
    fieldErrors: { email: expect.any(Array) },
  });
  for (const password of ['not-the-password', PASSWORD]) {
    const direct = await credentialsCallback(request, site(), password);
    expect(direct.status()).toBe(302);
    expect(direct.headers()['location']).toContain('error=');
    expect(await dashboardStatus(request)).toBe(307);
  }
});

test('a signed-in staff member’s session cannot be used by another site', async ({ request }) => {
  await signInAsDesk(request);
  expect(await dashboardStatus(request)).toBe(200);

  const signOut = actionId('app/(staff)/dashboard/actions.ts', 'signOutAction');
  const setHandled = actionId('app/(staff)/dashboard/messages/actions.ts', 'updateCallbackAction');
  for (const [label, origin] of BAD_ORIGINS) {
    await expectRefused(
      await request.post('/dashboard', {
        headers: withOrigin(origin, actionHeaders(signOut)),
        data: '[]',
      }),
      `sign-out action, ${label}`,
    );
    await expectRefused(
      await request.post('/dashboard/messages', {
        headers: withOrigin(origin, actionHeaders(setHandled)),
        data: JSON.stringify([{ requestId: randomUUID(), status: 'closed', note: '' }]),
      }),
      `staff action, ${label}`,
    );
  }
  // The cookie rode along on every forged request, yet the session is untouched.
  expect(await dashboardStatus(request)).toBe(200);

  // The staff member's own page can still sign out.
  const own = await request.post('/dashboard', {
    headers: { ...actionHeaders(signOut), Origin: site() },
    data: '[]',
    maxRedirects: 0,
  });
  expect(own.status()).toBeLessThan(400);
  expect(await dashboardStatus(request)).toBe(307);
});

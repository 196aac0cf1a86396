import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { appointments, patients } from '@/db/schema';
import { recordPageVerdict } from '@/lib/auth/page-access';
import { authSecret } from '@/lib/security/secret';
import {
  MAX_AUTH_BODY_BYTES,
  refuseLargeAuthBody,
  refuseMalformedRouterState,
} from '@/lib/security/framework-requests';
import { makeBookingFixtures } from '../booking-fixtures';
import { makeStaff } from '../staff-fixtures';

/**
 * The proxy's early answers (proxy.ts), on real requests and a real database: what Next or
 * Auth.js would otherwise answer with a 500, read whole, or stream as a 200.
 */

async function status(response: Response | null) {
  if (!response) return 'through';
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.message.length).toBeGreaterThan(10);
  return response.status;
}

describe('Next-Router-State-Tree', () => {
  const withTree = (value: string) =>
    new Request('http://clinic.test/dashboard', {
      headers: { rsc: '1', 'next-router-state-tree': value },
    });

  it('lets a well-formed tree and requests without one through', async () => {
    const tree = encodeURIComponent(
      JSON.stringify([
        '',
        { children: ['dashboard', { children: ['__PAGE__', {}] }] },
        null,
        null,
        1,
      ]),
    );
    expect(await status(refuseMalformedRouterState(withTree(tree)))).toBe('through');
    expect(
      await status(refuseMalformedRouterState(new Request('http://clinic.test/dashboard'))),
    ).toBe('through');
  });

  it('answers 400 for a tree Next could not parse', async () => {
    for (const bad of [
      '{',
      '%E0%A4%A',
      '"x"',
      '[1,2]',
      '[]',
      encodeURIComponent('{"a":1}'),
      'x'.repeat(50_000),
    ]) {
      expect({
        bad: bad.slice(0, 20),
        status: await status(refuseMalformedRouterState(withTree(bad))),
      }).toEqual({ bad: bad.slice(0, 20), status: 400 });
    }
  });
});

describe('bodies sent to Auth.js', () => {
  const post = (body: BodyInit, path = '/api/auth/callback/credentials', headers = {}) =>
    new Request(`http://clinic.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
      // @ts-expect-error Node's fetch needs this for a streamed body
      duplex: 'half',
    });
  const stream = (bytes: number) =>
    new ReadableStream({
      start(controller) {
        for (let sent = 0; sent < bytes; sent += 16_384) controller.enqueue(new Uint8Array(16_384));
        controller.close();
      },
    });

  it('refuses more than 64 KB with 413, declared or streamed, before reading it all', async () => {
    expect(await status(await refuseLargeAuthBody(post('x'.repeat(MAX_AUTH_BODY_BYTES + 1))))).toBe(
      413,
    );
    expect(await status(await refuseLargeAuthBody(post(stream(1024 * 1024))))).toBe(413);
    expect(
      await status(
        await refuseLargeAuthBody(
          post('a=1', '/api/auth/signout', { 'content-length': String(10 ** 7) }),
        ),
      ),
    ).toBe(413);
  });

  it('lets ordinary sign-in posts and other routes through', async () => {
    expect(await status(await refuseLargeAuthBody(post('csrfToken=abc&attempt=def')))).toBe(
      'through',
    );
    expect(
      await status(await refuseLargeAuthBody(post('x'.repeat(100_000), '/api/v1/bookings'))),
    ).toBe('through');
  });
});

describe('staff pages of someone else’s records', () => {
  let mine = '';
  let theirs = '';
  let staff: Record<'mine' | 'admin' | 'desk', Awaited<ReturnType<typeof makeStaff>>>;

  beforeAll(async () => {
    const f = await makeBookingFixtures(db, { practitioners: 2 });
    const [patient] = await db
      .insert(patients)
      .values({
        name: 'Page Access',
        email: `page-${randomUUID()}@example.com`,
        phone: '+1 503-555-0100',
      })
      .returning();
    const at = (h: number) => new Date(Date.UTC(2032, 0, 5, h));
    const rows = await db
      .insert(appointments)
      .values(
        f.practitioners.map((p, i) => ({
          practitionerId: p.id,
          serviceId: f.service.id,
          patientId: patient!.id,
          startsAt: at(16 + i),
          endsAt: at(17 + i),
          status: 'booked' as const,
          source: 'staff' as const,
        })),
      )
      .returning();
    mine = rows[0]!.id;
    theirs = rows[1]!.id;
    staff = {
      mine: await makeStaff('practitioner', { practitionerId: f.practitioners[0]!.id }),
      admin: await makeStaff('admin'),
      desk: await makeStaff('front_desk'),
    };
  });

  /** The headers of a browser signed in with `sessionId` (Auth.js's cookie). */
  async function signedIn(sessionId: string) {
    const salt = 'authjs.session-token';
    const token = await encode({ token: { sid: sessionId }, secret: authSecret(), salt });
    return new Headers({ cookie: `${salt}=${token}` });
  }

  it('refuses a practitioner another practitioner’s appointment before the page renders', async () => {
    const practitioner = await signedIn(staff.mine.sessionId);
    for (const path of [
      `/dashboard/appointments/${theirs}`,
      `/dashboard/appointments/${theirs}/reschedule`,
    ]) {
      expect(await recordPageVerdict('GET', path, practitioner)).toBe('forbidden');
      expect(
        await recordPageVerdict(
          'GET',
          path.toUpperCase().replace('/DASHBOARD/APPOINTMENTS', '/dashboard/appointments'),
          practitioner,
        ),
      ).toBe('forbidden');
    }
    expect(
      await recordPageVerdict('GET', `/dashboard/appointments/${mine}`, practitioner),
    ).toBeNull();
  });

  it('leaves everyone else to the page: admins, front desk, the signed-out, unknown records', async () => {
    for (const who of [staff.admin, staff.desk]) {
      expect(
        await recordPageVerdict(
          'GET',
          `/dashboard/appointments/${theirs}`,
          await signedIn(who.sessionId),
        ),
      ).toBeNull();
    }
    expect(
      await recordPageVerdict('GET', `/dashboard/appointments/${theirs}`, new Headers()),
    ).toBeNull();
    const practitioner = await signedIn(staff.mine.sessionId);
    expect(
      await recordPageVerdict('GET', `/dashboard/appointments/${randomUUID()}`, practitioner),
    ).toBeNull();
    expect(
      await recordPageVerdict('POST', `/dashboard/appointments/${theirs}`, practitioner),
    ).toBeNull();
    expect(await recordPageVerdict('GET', '/dashboard/schedule', practitioner)).toBeNull();
  });
});

describe('the public API’s declared security', () => {
  it('says outright that no credentials are needed (OpenAPI `security: []`)', async () => {
    const { GET } = await import('@/app/api/v1/openapi.json/route');
    const doc = (await GET().json()) as {
      security?: unknown;
      components?: { securitySchemes?: unknown };
    };
    expect(doc.security).toEqual([]);
    expect(doc.components?.securitySchemes).toBeUndefined();
  });
});

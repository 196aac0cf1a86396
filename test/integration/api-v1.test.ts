import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getAvailabilityRoute } from '@/app/api/v1/availability/route';
import { POST as postBooking } from '@/app/api/v1/bookings/route';
import { GET as getOpenApi } from '@/app/api/v1/openapi.json/route';
import { GET as getPractitioners } from '@/app/api/v1/practitioners/route';
import { GET as getServices } from '@/app/api/v1/services/route';
import { db, dbHandle } from '@/db';
import { getAvailability } from '@/lib/appointments/open-times';
import { BOOKING_RATE_LIMIT } from '@/lib/security/rate-limit';
import { addDays, clinicDate } from '@/lib/time/calendar';
import { bookingBody, makeBookingFixtures } from '../booking-fixtures';

// Route handlers run in-process on the test database, on the real clock: slots are looked up first.
const ORIGIN = 'http://clinic.test';
let f: Awaited<ReturnType<typeof makeBookingFixtures>>;
let slots: string[];

beforeAll(async () => {
  const every = [1, 2, 3, 4, 5, 6, 7].map((d): [number, string, string] => [d, '00:00', '23:45']);
  f = await makeBookingFixtures(db, { hours: every });
  const today = clinicDate(new Date(), 'America/Los_Angeles');
  const view = await getAvailability({
    serviceSlug: f.service.slug,
    practitionerId: null,
    from: today,
    to: addDays(today, 6),
  });
  slots = view.slots.map((s) => s.start);
});

function post(body: string, headers: Record<string, string> = {}) {
  return postBooking(
    new Request(`${ORIGIN}/api/v1/bookings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': `key-${randomUUID()}`,
        'x-forwarded-for': randomUUID(),
        ...headers,
      },
      body,
    }),
  );
}

const get = (handler: (r: Request) => Promise<Response>, path: string) =>
  handler(new Request(`${ORIGIN}${path}`));

async function errorOf(response: Response) {
  const body = (await response.json()) as {
    error: { code: string; message: string; fieldErrors?: Record<string, string[]> };
  };
  expect(typeof body.error.message).toBe('string');
  return body.error;
}

describe(`public API v1 (${dbHandle().driver})`, () => {
  it('lists services and practitioners with public fields only', async () => {
    const services = (await (await getServices()).json()) as {
      services: Array<Record<string, unknown>>;
    };
    const service = services.services.find((s) => s.slug === f.service.slug);
    expect(Object.keys(service ?? {}).sort()).toEqual([
      'durationMinutes',
      'name',
      'priceCents',
      'requiresConsultation',
      'slug',
      'summary',
    ]);
    const people = (await (await getPractitioners()).json()) as {
      practitioners: Array<Record<string, unknown>>;
    };
    const person = people.practitioners.find((p) => p.id === f.practitioners[0]!.id);
    expect(person).toEqual({
      id: f.practitioners[0]!.id,
      slug: f.practitioners[0]!.slug,
      name: f.practitioners[0]!.name,
      title: 'DC',
      services: [f.service.slug],
    });
  });

  it('answers availability, and 422 or 404 for bad questions', async () => {
    const from = slots[0]!.slice(0, 10);
    const ok = await get(
      getAvailabilityRoute,
      `/api/v1/availability?service=${f.service.slug}&from=${from}&to=${from}`,
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const view = (await ok.json()) as { timeZone: string; slots: Array<{ start: string }> };
    expect(view.timeZone).toBe('America/Los_Angeles');
    expect(view.slots[0]?.start).toBe(slots[0]);

    const missing = await get(getAvailabilityRoute, '/api/v1/availability?from=2030-01-40');
    expect(missing.status).toBe(422);
    expect(Object.keys((await errorOf(missing)).fieldErrors ?? {}).sort()).toEqual([
      'from',
      'service',
      'to',
    ]);
    const unknown = await get(
      getAvailabilityRoute,
      `/api/v1/availability?service=nope&from=${from}&to=${from}`,
    );
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('unknown_service');
    const badPractitioner = await get(
      getAvailabilityRoute,
      `/api/v1/availability?service=${f.service.slug}&from=${from}&to=${from}&practitioner=x`,
    );
    expect(badPractitioner.status).toBe(422);
  });

  it('books with 201, replays with 200 and the same body, and refuses the taken slot with 409', async () => {
    const body = JSON.stringify(
      bookingBody(f, slots[0]!, { practitioner: f.practitioners[0]!.id }),
    );
    const headers = { 'idempotency-key': `key-${randomUUID()}` };
    const created = await post(body, headers);
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const first = (await created.json()) as { booking: { start: string }; manageUrl: string };
    expect(first.booking.start).toBe(slots[0]);
    expect(first.manageUrl).toMatch(/^http:\/\/clinic\.test\/book\/manage\/[A-Za-z0-9_-]{43}$/);

    const replay = await post(body, headers);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual(first);

    const taken = await post(
      JSON.stringify(bookingBody(f, slots[0]!, { practitioner: f.practitioners[0]!.id })),
    );
    expect(taken.status).toBe(409);
    const conflict = (await taken.json()) as { error: { code: string }; alternatives: unknown[] };
    expect(conflict.error.code).toBe('slot_taken');
    expect(conflict.alternatives.length).toBeGreaterThan(0);
  });

  it('answers bad input with 4xx JSON errors, never 500', async () => {
    const valid = bookingBody(f, slots[1]!);
    const cases: Array<[string, Response, number, string]> = [
      ['malformed JSON', await post('{"service": '), 422, 'malformed_json'],
      ['not JSON at all', await post('\u0000\u00ff'), 422, 'malformed_json'],
      [
        'missing key',
        await post(JSON.stringify(valid), { 'idempotency-key': '' }),
        422,
        'invalid_request',
      ],
      [
        'short key',
        await post(JSON.stringify(valid), { 'idempotency-key': 'abc' }),
        422,
        'invalid_request',
      ],
      [
        'extra field',
        await post(JSON.stringify({ ...valid, admin: true })),
        422,
        'invalid_request',
      ],
      [
        '__proto__',
        await post(`{"__proto__":{"polluted":true},${JSON.stringify(valid).slice(1)}`),
        422,
        'invalid_request',
      ],
      ['array body', await post('[]'), 422, 'invalid_request'],
      [
        'emergency red flag',
        await post(JSON.stringify(bookingBody(f, slots[1]!, { redFlags: ['chest_pain'] }))),
        422,
        'red_flags',
      ],
      [
        'see-a-doctor-today flag without acknowledgement',
        await post(JSON.stringify(bookingBody(f, slots[1]!, { redFlags: ['fever'] }))),
        422,
        'screening_unacknowledged',
      ],
      [
        'unknown red flag',
        await post(JSON.stringify(bookingBody(f, slots[1]!, { redFlags: ['headache'] }))),
        422,
        'invalid_request',
      ],
      [
        'form post',
        await post('service=x', { 'content-type': 'application/x-www-form-urlencoded' }),
        415,
        'unsupported_media_type',
      ],
      [
        'huge body',
        await post(JSON.stringify({ ...valid, pad: 'x'.repeat(20_000) })),
        413,
        'payload_too_large',
      ],
    ];
    for (const [label, response, status, code] of cases) {
      expect({ label, status: response.status }).toEqual({ label, status });
      expect({ label, code: (await errorOf(response)).code }).toEqual({ label, code });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the missing Idempotency-Key in fieldErrors', async () => {
    const response = await post(JSON.stringify(bookingBody(f, slots[1]!)), {
      'idempotency-key': '',
    });
    expect((await errorOf(response)).fieldErrors).toHaveProperty('Idempotency-Key');
  });

  it('rate-limits one address with 429 and Retry-After', { timeout: 60_000 }, async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    const statuses: number[] = [];
    let last: Response | undefined;
    // The limit counts in fixed windows (lib/security/rate-limit.ts): start well inside one, so
    // the eleven attempts are not split across a window boundary on a slow machine.
    const windowMs = BOOKING_RATE_LIMIT.windowSeconds * 1000;
    const untilNext = windowMs - (Date.now() % windowMs);
    if (untilNext < 20_000) await new Promise((resolve) => setTimeout(resolve, untilNext + 100));
    for (let i = 0; i < 11; i++) {
      // A time nobody works is refused as not bookable: the attempts write nothing but still count.
      last = await post(JSON.stringify(bookingBody(f, '2030-01-01T00:07:00-08:00')), {
        'x-forwarded-for': address,
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(422), 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('serves an OpenAPI 3.1 document whose references all resolve', async () => {
    const doc = (await getOpenApi().json()) as Record<string, unknown> & {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/availability',
      '/bookings',
      '/practitioners',
      '/services',
    ]);
    const names = [...JSON.stringify(doc).matchAll(/"#\/components\/schemas\/([A-Za-z]+)"/g)].map(
      (m) => m[1]!,
    );
    const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
    expect(names.length).toBeGreaterThan(5);
    for (const name of new Set(names)) expect(Object.keys(schemas)).toContain(name);
  });
});

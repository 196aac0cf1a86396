import { randomUUID } from 'node:crypto';

export const SERVICE = 'chiropractic-adjustment';

export interface Slot {
  practitioner: string;
  start: string;
}

export interface BookingAttempt {
  key: string;
  email: string;
  body: string;
  /** X-Forwarded-For: the client address rate limits count (TRUSTED_PROXY_HOPS=1). */
  address: string;
}

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Open slots of every practitioner offering SERVICE, from tomorrow on, via the public API. */
export async function openSlots(baseUrl: string, days = 14): Promise<Slot[]> {
  const { practitioners } = await getJson<{
    practitioners: Array<{ id: string; services: string[] }>;
  }>(`${baseUrl}/api/v1/practitioners`);
  const slots: Slot[] = [];
  for (const p of practitioners.filter((x) => x.services.includes(SERVICE))) {
    const view = await getJson<{ slots: Array<{ start: string }> }>(
      `${baseUrl}/api/v1/availability?service=${SERVICE}&from=${day(1)}&to=${day(days)}&practitioner=${p.id}`,
    );
    slots.push(...view.slots.map((s) => ({ practitioner: p.id, start: s.start })));
  }
  return slots;
}

/** A booking request for `slot` by a patient no one else uses (`tag` marks the test's patients). */
export function bookingAttempt(
  slot: Slot,
  tag: string,
  address = `10.${rand()}.${rand()}.${rand()}`,
): BookingAttempt {
  const id = randomUUID().slice(0, 8);
  const email = `${tag}-${id}@example.com`;
  const body = JSON.stringify({
    service: SERVICE,
    practitioner: slot.practitioner,
    start: slot.start,
    patient: {
      name: `Casey ${tag} ${id}`,
      email,
      phone: '+1 503-555-0123',
      patientType: 'returning',
      reason: 'Sore lower back after long runs.',
      consent: true,
      intake: {
        painAreas: ['lower_back'],
        painDuration: '2_to_6_weeks',
        legPain: 'no',
        redFlags: [],
      },
    },
  });
  return { key: `system-${randomUUID()}`, email, body, address };
}

function rand(): number {
  return Math.floor(Math.random() * 254) + 1;
}

export interface Answer {
  status: number;
  body: {
    error?: { code: string; message: string };
    alternatives?: unknown[];
    booking?: { id: string };
  } & Record<string, unknown>;
  retryAfter: string | null;
  text: string;
}

/** POST /api/v1/bookings the way a browser-less client must: with the server's own Origin. */
export async function postBooking(baseUrl: string, attempt: BookingAttempt): Promise<Answer> {
  const response = await fetch(`${baseUrl}/api/v1/bookings`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: baseUrl,
      'idempotency-key': attempt.key,
      'x-forwarded-for': attempt.address,
    },
    body: attempt.body,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    // Not JSON: the assertions on `text` say what it was.
  }
  return { status: response.status, body, retryAfter: response.headers.get('retry-after'), text };
}

/** What no answer to a client may contain: a stack trace, SQL, or drizzle's query dump. */
export const LEAK =
  /\bat .+:\d+:\d+|Failed query|params:|\bselect\b.+\bfrom\b|\binsert into\b|node_modules|PostgresError/i;

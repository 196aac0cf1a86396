/**
 * Concurrent POST /api/v1/bookings against `next start` on a real PostgreSQL server: bookings per
 * second, latency percentiles, status counts, and an SQL check that no two stored appointments of
 * one practitioner overlap. Every open slot of a therapy is sent twice ("first available"), so
 * about half the requests lose a race and get 409 with alternatives.
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { percentile } from './report';

const SERVICE = 'chiropractic-adjustment';
const STARTS = 200;

export interface BookingFigures {
  requests: number;
  concurrency: number;
  created: number;
  conflicts: number;
  other: string;
  seconds: number;
  bookingsPerSecond: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  overlapsFound: number;
}

export async function benchBooking(
  base: string,
  databaseUrl: string,
  concurrency: number,
): Promise<BookingFigures> {
  const today = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 59 * 86_400_000).toISOString().slice(0, 10);
  const response = await fetch(
    `${base}/api/v1/availability?service=${SERVICE}&from=${today}&to=${to}`,
  );
  if (!response.ok) throw new Error(`availability answered ${response.status}`);
  const availability = (await response.json()) as { slots: Array<{ start: string }> };
  const starts = availability.slots.slice(0, STARTS).map((s) => s.start);
  // Every start twice, interleaved: the second request for a time usually races the first.
  const requests = starts.flatMap((start) => [start, start]);
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const i = next++;
        const t0 = performance.now();
        const status = await book(base, requests[i]!, i);
        latencies.push(performance.now() - t0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  const created = statuses.get(201) ?? 0;
  const other = [...statuses].filter(([s]) => s !== 201 && s !== 409);
  return {
    requests: requests.length,
    concurrency,
    created,
    conflicts: statuses.get(409) ?? 0,
    other: other.map(([s, n]) => `${s}×${n}`).join(' ') || 'none',
    seconds: round(seconds, 2),
    bookingsPerSecond: round(created / seconds),
    requestsPerSecond: round(requests.length / seconds),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    maxMs: round(Math.max(...latencies)),
    overlapsFound: await countOverlaps(databaseUrl),
  };
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

async function countOverlaps(databaseUrl: string): Promise<number> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<Array<{ n: number }>>`
      select count(*)::int as n from appointments a join appointments b
        on a.practitioner_id = b.practitioner_id and a.id < b.id
       and a.status <> 'cancelled' and b.status <> 'cancelled'
       and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`;
    return row?.n ?? -1;
  } finally {
    await sql.end();
  }
}

async function book(base: string, start: string, i: number): Promise<number> {
  const response = await fetch(`${base}/api/v1/bookings`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: base,
      'idempotency-key': `bench-${i}-${randomUUID()}`,
      // One address per request: this measures booking, not the per-address rate limit.
      'x-forwarded-for': `198.18.${Math.floor(i / 250)}.${i % 250}`,
    },
    body: JSON.stringify({
      service: SERVICE,
      practitioner: null,
      start,
      patient: {
        name: `Bench Patient ${i}`,
        email: `bench-${i}@example.com`,
        phone: '+1 503-555-0100',
        patientType: 'returning',
        reason: 'Benchmark',
        consent: true,
        intake: {
          painAreas: ['lower_back'],
          painDuration: 'under_2_weeks',
          legPain: 'no',
          redFlags: [],
        },
      },
    }),
  });
  await response.arrayBuffer();
  return response.status;
}

import { asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { outbox, type OutboxMessage } from '@/db/schema';
import type { OutgoingMessage, Transport } from '@/lib/email/transport';
import {
  bookingBody,
  bookingContext,
  bookOnlineRequest,
  makeBookingFixtures,
} from './booking-fixtures';

/** A clock tests move by hand: the worker and the domain functions read it instead of Date.now(). */
export function manualClock(start: Date | string) {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (to: Date | string) => {
      t = new Date(to).getTime();
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export async function outboxOf(appointmentId: string): Promise<OutboxMessage[]> {
  return db
    .select()
    .from(outbox)
    .where(eq(outbox.appointmentId, appointmentId))
    .orderBy(asc(outbox.createdAt), asc(outbox.kind));
}

export function kindsOf(rows: Pick<OutboxMessage, 'kind'>[]): string[] {
  return rows.map((r) => r.kind).sort();
}

/** Collects what would have been sent, for tests about content rather than SMTP. */
export function recordingTransport(): Transport & { sent: OutgoingMessage[] } {
  const sent: OutgoingMessage[] = [];
  return {
    name: 'local',
    sent,
    send(message) {
      sent.push(message);
      return Promise.resolve({ messageId: `<${message.id}@test>` });
    },
    close: () => undefined,
  };
}

/** An online booking on its own fixtures; throws unless it succeeds. */
export async function bookOnline(
  start: string,
  now: Date,
  overrides: Parameters<typeof bookingBody>[2] = {},
) {
  const f = await makeBookingFixtures(db);
  const practitioner = f.practitioners[0]!.id;
  const result = await bookOnlineRequest(
    bookingBody(f, start, { practitioner, ...overrides }),
    bookingContext(now),
  );
  if (!result.ok) throw new Error(`booking failed: ${result.code}`);
  return { f, practitioner, token: result.data.manageToken!, id: result.data.appointmentId };
}

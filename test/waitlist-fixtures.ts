import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { outbox, waitlistEntries, waitlistOffers } from '@/db/schema';
import { openOutboxLink } from '@/lib/email/outbox-link';
import { waitlistJoinSchema, type WaitlistJoinInput } from '@/lib/validations/waitlist';
import { joinWaitlist, type JoinContext } from '@/lib/waitlist/join';

/** Puts a new patient (their own e-mail) on the waitlist, the way the form's action does. */
export async function joinAs(
  fixture: { tag: string; service: { slug: string } },
  now: Date,
  overrides: Partial<WaitlistJoinInput> = {},
  ctx: JoinContext = {},
) {
  const person = randomUUID().slice(0, 6);
  const input = waitlistJoinSchema.parse({
    service: fixture.service.slug,
    practitioner: 'any',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    partsOfDay: ['morning', 'afternoon', 'evening'],
    latestDate: '2030-04-30',
    name: `Wendy Waiter ${person}`,
    email: `wait-${fixture.tag}-${person}@example.com`,
    phone: '+1 503-555-0199',
    consent: true,
    ...overrides,
  });
  const result = await joinWaitlist(input, { now, ...ctx });
  if (!result.ok) throw new Error(`join refused: ${JSON.stringify(result)}`);
  const [entry] = await db
    .select()
    .from(waitlistEntries)
    .where(eq(waitlistEntries.id, result.data.entryId));
  return entry!;
}

/** The offers made to an entry, oldest first. */
export function offersOf(entryId: string) {
  return db
    .select()
    .from(waitlistOffers)
    .where(eq(waitlistOffers.entryId, entryId))
    .orderBy(asc(waitlistOffers.sentAt));
}

/**
 * The claim tokens in a patient's offer e-mails, newest last, opened from the outbox the way the
 * worker fills the link in before sending.
 */
export async function offerTokensFor(patientId: string): Promise<string[]> {
  const rows = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.patientId, patientId), eq(outbox.kind, 'waitlist_offer')))
    .orderBy(asc(outbox.createdAt));
  return rows.map((row) => {
    const url = openOutboxLink(row);
    const match = url?.match(/\/waitlist\/offer\/([A-Za-z0-9_-]{43})$/);
    if (!match?.[1]) throw new Error('offer e-mail without a claim link');
    return match[1];
  });
}

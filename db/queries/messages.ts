import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db';
import { callbackNotes, callbackRequests, staffUsers } from '@/db/schema';

export const INBOX_PAGE_SIZE = 20;

const OPEN = ['new', 'called_back', 'left_voicemail'] as const;
const DONE = ['booked', 'closed'] as const;

/**
 * The call-back inbox: open requests (new, called back, left voicemail) oldest first — first come,
 * first called — and done ones (booked, closed) most recently handled first; each with its
 * history of steps, who took them and when.
 */
export async function listCallbackRequests(options: { tab: 'open' | 'done'; page: number }) {
  const offset = (Math.max(1, options.page) - 1) * INBOX_PAGE_SIZE;
  const where = inArray(callbackRequests.status, options.tab === 'open' ? [...OPEN] : [...DONE]);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: callbackRequests.id,
        name: callbackRequests.name,
        phone: callbackRequests.phone,
        email: callbackRequests.email,
        preferredTime: callbackRequests.preferredTime,
        message: callbackRequests.message,
        status: callbackRequests.status,
        createdAt: callbackRequests.createdAt,
        handledAt: callbackRequests.handledAt,
        handledByName: staffUsers.name,
        appointmentId: callbackRequests.appointmentId,
      })
      .from(callbackRequests)
      .leftJoin(staffUsers, eq(staffUsers.id, callbackRequests.handledById))
      .where(where)
      .orderBy(
        options.tab === 'open' ? asc(callbackRequests.createdAt) : desc(callbackRequests.handledAt),
        asc(callbackRequests.id),
      )
      .limit(INBOX_PAGE_SIZE)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(callbackRequests)
      .where(where),
  ]);
  const steps = rows.length
    ? await db
        .select({
          id: callbackNotes.id,
          requestId: callbackNotes.requestId,
          status: callbackNotes.status,
          body: callbackNotes.body,
          createdAt: callbackNotes.createdAt,
          staffName: staffUsers.name,
        })
        .from(callbackNotes)
        .leftJoin(staffUsers, eq(staffUsers.id, callbackNotes.staffId))
        .where(
          inArray(
            callbackNotes.requestId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(callbackNotes.createdAt), asc(callbackNotes.id))
    : [];
  return {
    rows: rows.map((r) => ({ ...r, history: steps.filter((s) => s.requestId === r.id) })),
    total: total?.n ?? 0,
    pageSize: INBOX_PAGE_SIZE,
  };
}

export type InboxRow = Awaited<ReturnType<typeof listCallbackRequests>>['rows'][number];

/** Requests nobody has acted on yet: the staff navigation's and the overview's unread count. */
export async function countNewCallbacks(): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(callbackRequests)
    .where(eq(callbackRequests.status, 'new'));
  return row?.n ?? 0;
}

/** One request's caller, for "Book this caller" (the schedule's new-appointment panel). */
export async function loadCallbackCaller(requestId: string) {
  const [row] = await db
    .select({
      id: callbackRequests.id,
      name: callbackRequests.name,
      phone: callbackRequests.phone,
      email: callbackRequests.email,
    })
    .from(callbackRequests)
    .where(and(eq(callbackRequests.id, requestId)))
    .limit(1);
  return row ?? null;
}

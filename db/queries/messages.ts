import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { callbackRequests, staffUsers, type CallbackStatus } from '@/db/schema';

export const INBOX_PAGE_SIZE = 20;

/** The call-back inbox: new requests oldest first (first come, first called); handled newest first. */
export async function listCallbackRequests(options: { status: CallbackStatus; page: number }) {
  const offset = (Math.max(1, options.page) - 1) * INBOX_PAGE_SIZE;
  const where = eq(callbackRequests.status, options.status);
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
      })
      .from(callbackRequests)
      .leftJoin(staffUsers, eq(staffUsers.id, callbackRequests.handledById))
      .where(where)
      .orderBy(
        options.status === 'new'
          ? asc(callbackRequests.createdAt)
          : desc(callbackRequests.handledAt),
        asc(callbackRequests.id),
      )
      .limit(INBOX_PAGE_SIZE)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(callbackRequests)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0, pageSize: INBOX_PAGE_SIZE };
}


import 'server-only';
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { db } from '@/db';
import { auditLog, staffUsers } from '@/db/schema';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorStaffId?: string;
  /** UTC instants (the page converts clinic-local dates). */
  from?: Date;
  to?: Date;
  page: number;
}

/** Newest first; each filter is served by one of the audit_log indexes (entity, actor+at, at). */
export async function listAuditEntries(filter: AuditFilter) {
  const where = and(
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    filter.actorStaffId ? eq(auditLog.actorStaffId, filter.actorStaffId) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
  );
  const offset = (Math.max(1, filter.page) - 1) * AUDIT_PAGE_SIZE;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorKind: auditLog.actorKind,
        actorName: staffUsers.name,
        action: auditLog.action,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        details: auditLog.details,
      })
      .from(auditLog)
      .leftJoin(staffUsers, eq(staffUsers.id, auditLog.actorStaffId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0, pageSize: AUDIT_PAGE_SIZE };
}

/** The entity kinds lib/audit.ts writes. */
export const AUDIT_ENTITY_TYPES = [
  'appointment',
  'patient',
  'staff',
  'practitioner',
  'service',
  'settings',
  'article',
  'message',
  'export',
] as const;

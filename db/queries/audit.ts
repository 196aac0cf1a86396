import 'server-only';
import { and, desc, eq, gte, ilike, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '@/db';
import { appointments, auditLog, patients, staffUsers } from '@/db/schema';

export const AUDIT_PAGE_SIZE = 50;
/** The most rows one CSV export holds; the page says so when a filter would give more. */
export const AUDIT_EXPORT_LIMIT = 10_000;

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorStaffId?: string;
  /** Part of the patient's name: entries about them or their appointments. */
  patient?: string;
  /** UTC instants (the page converts clinic-local dates). */
  from?: Date;
  to?: Date;
  page: number;
}

const UUID_TEXT = '^[0-9a-fA-F-]{36}$';
const appt = alias(appointments, 'audit_appointment');
const pat = alias(patients, 'audit_patient');
// Ids in the log are text (an erased patient is a pseudonym): only a real uuid is looked up.
const idOf = (type: string) =>
  sql`case when ${auditLog.entityType} = ${type} and ${auditLog.entityId} ~ ${UUID_TEXT} then ${auditLog.entityId}::uuid end`;

function whereOf(filter: Omit<AuditFilter, 'page'>) {
  const escaped = filter.patient?.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  return and(
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    filter.actorStaffId ? eq(auditLog.actorStaffId, filter.actorStaffId) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
    escaped ? ilike(pat.name, `%${escaped}%`) : undefined,
  );
}

function entries(filter: Omit<AuditFilter, 'page'>) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorKind: auditLog.actorKind,
      actorName: staffUsers.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      // The patient the record is about, read now (an erased one reads "Erased patient").
      patientId: pat.id,
      patientName: pat.name,
    })
    .from(auditLog)
    .leftJoin(staffUsers, eq(staffUsers.id, auditLog.actorStaffId))
    .leftJoin(appt, sql`${appt.id} = ${idOf('appointment')}`)
    .leftJoin(pat, sql`${pat.id} = coalesce(${appt.patientId}, ${idOf('patient')})`)
    .where(whereOf(filter))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .$dynamic();
}

/** Newest first, with who (by name) and which patient each entry is about. */
export async function listAuditEntries(filter: AuditFilter) {
  const offset = (Math.max(1, filter.page) - 1) * AUDIT_PAGE_SIZE;
  const [rows, [total]] = await Promise.all([
    entries(filter).limit(AUDIT_PAGE_SIZE).offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .leftJoin(appt, sql`${appt.id} = ${idOf('appointment')}`)
      .leftJoin(pat, sql`${pat.id} = coalesce(${appt.patientId}, ${idOf('patient')})`)
      .where(whereOf(filter)),
  ]);
  return { rows, total: total?.n ?? 0, pageSize: AUDIT_PAGE_SIZE };
}

export type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>['rows'][number];

/** The same entries for a CSV export, newest first, at most AUDIT_EXPORT_LIMIT. */
export async function listAuditEntriesForExport(filter: Omit<AuditFilter, 'page'>) {
  return entries(filter).limit(AUDIT_EXPORT_LIMIT);
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
  'closure',
  'care_plan',
  'exercise',
] as const;

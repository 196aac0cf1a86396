import type { Executor } from '@/db';
import { db } from '@/db';
import { auditLog } from '@/db/schema';

export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditEntryInput {
  actorStaffId: string | null;
  /** 'patient' through the booking flow or a manage link, 'api' for /api/v1 clients. */
  actorKind?: 'staff' | 'patient' | 'api' | 'system';
  /** e.g. 'appointment.cancel', 'patient.view', 'staff.disable' */
  action: string;
  entityType:
    | 'appointment'
    | 'patient'
    | 'staff'
    | 'practitioner'
    | 'service'
    | 'settings'
    | 'article'
    | 'message'
    | 'export'
    | 'closure'
    | 'waitlist_entry'
    | 'care_plan'
    | 'exercise';
  entityId: string;
  /** Ids, codes and field names only: never names, contact details, intake or note text. */
  details?: AuditDetails;
}

/** Write inside the transaction of the change it records, so neither exists without the other. */
export async function writeAudit(entry: AuditEntryInput, executor: Executor = db): Promise<void> {
  await executor.insert(auditLog).values({
    actorStaffId: entry.actorStaffId,
    actorKind: entry.actorKind ?? 'staff',
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    details: entry.details ?? {},
  });
}

import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffUsers } from './staff';

/**
 * Who did what to which record, and when. `details` holds ids, codes and field names only:
 * never a patient's name, contact details or health information.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorStaffId: uuid('actor_staff_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    /** 'staff'; 'patient' for the booking flow and manage links (details.via says which); 'api' for
     * clients of /api/v1; 'system' for jobs. */
    actorKind: text('actor_kind').notNull().default('staff'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    details: jsonb('details')
      .$type<Record<string, string | number | boolean | null>>()
      .notNull()
      .default({}),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actorStaffId, t.at),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;

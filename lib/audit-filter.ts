import { DateTime } from 'luxon';
import { UUID } from '@/lib/validations/fields';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KINDS = [
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
];

/** The audit log's filters as the URL carries them (page and CSV export read the same ones). */
export interface AuditQuery {
  entity: string;
  id: string;
  actor: string;
  patient: string;
  from: string;
  to: string;
}

export function readAuditQuery(get: (key: string) => string | null | undefined): AuditQuery {
  const text = (key: string, max = 100) => (get(key) ?? '').slice(0, max).trim();
  const entity = text('entity');
  const actor = text('actor');
  const from = text('from');
  const to = text('to');
  return {
    entity: KINDS.includes(entity) ? entity : '',
    id: text('id', 120),
    actor: UUID.test(actor) ? actor : '',
    patient: text('patient'),
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
  };
}

/** Clinic-local dates become instants: `to` includes its whole day. */
export function auditFilterOf(q: AuditQuery, zone: string) {
  const from = q.from ? DateTime.fromISO(q.from, { zone }) : null;
  const to = q.to ? DateTime.fromISO(q.to, { zone }).plus({ days: 1 }) : null;
  return {
    entityType: q.entity || undefined,
    entityId: q.id || undefined,
    actorStaffId: q.actor || undefined,
    patient: q.patient || undefined,
    from: from?.isValid ? from.toJSDate() : undefined,
    to: to?.isValid ? to.toJSDate() : undefined,
  };
}

export function auditQueryString(q: AuditQuery): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) p.set(k, v);
  return p.toString();
}

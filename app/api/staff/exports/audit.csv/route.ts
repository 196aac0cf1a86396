import { listAuditEntriesForExport } from '@/db/queries/audit';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listSchedulePractitioners } from '@/db/queries/schedule';
import { writeAudit } from '@/lib/audit';
import { auditFilterOf, readAuditQuery } from '@/lib/audit-filter';
import { auditSentence, auditWho } from '@/lib/audit-text';
import { requireStaffForRoute } from '@/lib/auth/guard';
import { formatClockTime } from '@/lib/format';
import { toCsv } from '@/lib/patients/csv';

/**
 * GET /api/staff/exports/audit.csv?entity=&actor=&patient=&from=&to= — the audit log as the page
 * filters it, in words and clinic time (at most 10,000 rows, newest first). Admins only; the
 * export itself is audited.
 */
export async function GET(request: Request): Promise<Response> {
  const { staff, response } = await requireStaffForRoute(['admin']);
  if (response) return response;
  const params = new URL(request.url).searchParams;
  const query = readAuditQuery((k) => params.get(k));
  const zone = await getClinicTimeZone();
  const [rows, team] = await Promise.all([
    listAuditEntriesForExport(auditFilterOf(query, zone)),
    listSchedulePractitioners(),
  ]);
  const practitionerNames = Object.fromEntries(team.map((p) => [p.id, p.name]));
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
  const csv = toCsv(
    ['Date', 'Time', 'Who', 'What', 'Record type', 'Record id'],
    rows.map((r) => [
      day.format(r.at),
      formatClockTime(r.at, zone),
      auditWho(r),
      auditSentence({ ...r, practitionerNames }),
      r.entityType,
      r.entityId,
    ]),
  );
  await writeAudit({
    actorStaffId: staff.id,
    action: 'export.audit',
    entityType: 'export',
    entityId: 'audit',
    details: { rows: rows.length },
  });
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-log.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import { PageHeading } from '@/components/staff/page-heading';
import { StaffPagination, pageParam } from '@/components/staff/pagination';
import { TableScroll } from '@/components/staff/table-scroll';
import { AUDIT_ENTITY_TYPES, listAuditEntries } from '@/db/queries/audit';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listSchedulePractitioners } from '@/db/queries/schedule';
import { listStaffNames } from '@/db/queries/staff';
import { auditFilterOf, auditQueryString, readAuditQuery } from '@/lib/audit-filter';
import { AUDIT_KIND_LABELS, auditHref, auditSentence, auditWho } from '@/lib/audit-text';
import { requireStaff } from '@/lib/auth/guard';
import { controlClass } from '@/components/forms/field';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requireStaff(['admin']);
  const params = await searchParams;
  const zone = await getClinicTimeZone();
  const query = readAuditQuery((k) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  });
  const page = pageParam(params.page);
  const [result, staffNames, team] = await Promise.all([
    listAuditEntries({ ...auditFilterOf(query, zone), page }),
    listStaffNames(),
    listSchedulePractitioners(),
  ]);
  const practitionerNames = Object.fromEntries(team.map((p) => [p.id, p.name]));
  const field = controlClass();
  const qs = auditQueryString(query);

  return (
    <>
      <PageHeading title="Audit log">
        Who did what, to which record, and when (clinic time). The log keeps ids and codes only;
        names are read from the records as you look.
      </PageHeading>
      <form
        action="/dashboard/audit"
        className="mb-4 grid gap-3 rounded-xl border border-sand-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
      >
        <div>
          <label htmlFor="audit-patient" className="block font-semibold">
            Patient
          </label>
          <input
            id="audit-patient"
            name="patient"
            defaultValue={query.patient}
            placeholder="Part of the name"
            className={field}
          />
        </div>
        <div>
          <label htmlFor="audit-actor" className="block font-semibold">
            Staff member
          </label>
          <select id="audit-actor" name="actor" defaultValue={query.actor} className={field}>
            <option value="">Anyone</option>
            {staffNames.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity" className="block font-semibold">
            Kind
          </label>
          <select id="audit-entity" name="entity" defaultValue={query.entity} className={field}>
            <option value="">All</option>
            {AUDIT_ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {AUDIT_KIND_LABELS[t] ?? t}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="block font-semibold">
            From
          </label>
          <input
            id="audit-from"
            name="from"
            type="date"
            defaultValue={query.from}
            className={field}
          />
        </div>
        <div>
          <label htmlFor="audit-to" className="block font-semibold">
            To
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to} className={field} />
        </div>
        <div className="flex flex-wrap gap-2">
          {query.id ? <input type="hidden" name="id" value={query.id} /> : null}
          <button type="submit" className={buttonClasses({ variant: 'primary', size: 'sm' })}>
            Filter
          </button>
          <a
            href={`/api/staff/exports/audit.csv${qs ? `?${qs}` : ''}`}
            className={buttonClasses({ variant: 'secondary', size: 'sm' })}
          >
            Export CSV
          </a>
        </div>
      </form>
      <p role="status" className="mb-2 text-[0.95rem] text-muted">
        {result.total} entr{result.total === 1 ? 'y' : 'ies'}, newest first
        {query.id ? ' · one record only' : ''}
      </p>
      <TableScroll label="Audit log table">
        <table className="w-full min-w-[46rem] text-left text-[0.95rem]">
          <caption className="sr-only">Audit log entries</caption>
          <thead className="bg-sand-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                When
              </th>
              <th scope="col" className="px-3 py-2">
                Who
              </th>
              <th scope="col" className="px-3 py-2">
                What
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Record</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => {
              const href = auditHref(r);
              return (
                <tr key={r.id} className="border-t border-sand-200 align-top">
                  <td className="px-3 py-2 whitespace-nowrap">
                    {formatSlotDateTime(r.at.toISOString(), zone)}
                  </td>
                  <td className="px-3 py-2">{auditWho(r)}</td>
                  <td className="px-3 py-2">
                    {auditSentence({ ...r, practitionerNames })}
                    <Link
                      href={`/dashboard/audit?entity=${r.entityType}&id=${encodeURIComponent(r.entityId)}`}
                      prefetch={false}
                      className="ml-2 text-sm"
                    >
                      History of this record
                    </Link>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {href ? (
                      <Link href={href} prefetch={false}>
                        Open
                        <span className="sr-only">
                          {' '}
                          the {AUDIT_KIND_LABELS[r.entityType]?.toLowerCase() ?? 'record'} record
                        </span>
                      </Link>
                    ) : null}
                  </td>
                </tr>
              );
            })}
            {result.rows.length === 0 && (
              <tr>
                <td colSpan={4} className="px-3 py-6 text-center text-muted">
                  No entries match.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      <StaffPagination
        basePath="/dashboard/audit"
        params={{
          entity: query.entity || undefined,
          id: query.id || undefined,
          actor: query.actor || undefined,
          patient: query.patient || undefined,
          from: query.from || undefined,
          to: query.to || undefined,
        }}
        page={page}
        total={result.total}
        pageSize={result.pageSize}
      />
    </>
  );
}

import { DateTime } from 'luxon';
import type { Metadata } from 'next';
import { controlClass } from '@/components/staff/fields';
import { PageHeading } from '@/components/staff/page-heading';
import { StaffPagination, pageParam, stringParam } from '@/components/staff/pagination';
import { AUDIT_ENTITY_TYPES, listAuditEntries } from '@/db/queries/audit';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listStaffNames } from '@/db/queries/staff';
import { requireStaff } from '@/lib/auth/guard';
import { TableScroll } from '@/components/staff/table-scroll';
import { UUID } from '@/lib/validations/uuid';

export const metadata: Metadata = { title: 'Audit log' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requireStaff(['admin']);
  const params = await searchParams;
  const zone = await getClinicTimeZone();
  const entity = stringParam(params.entity);
  const entityType = (AUDIT_ENTITY_TYPES as readonly string[]).includes(entity) ? entity : '';
  const entityId = stringParam(params.id, 120).trim();
  const actor = stringParam(params.actor);
  const actorStaffId = UUID.test(actor) ? actor : '';
  const fromParam = stringParam(params.from);
  const toParam = stringParam(params.to);
  const from = DATE.test(fromParam) ? DateTime.fromISO(fromParam, { zone }) : null;
  const to = DATE.test(toParam) ? DateTime.fromISO(toParam, { zone }).plus({ days: 1 }) : null;
  const page = pageParam(params.page);

  const [result, staffNames] = await Promise.all([
    listAuditEntries({
      entityType: entityType || undefined,
      entityId: entityId || undefined,
      actorStaffId: actorStaffId || undefined,
      from: from?.isValid ? from.toJSDate() : undefined,
      to: to?.isValid ? to.toJSDate() : undefined,
      page,
    }),
    listStaffNames(),
  ]);
  const select = `${controlClass} border-sand-300`;

  return (
    <>
      <PageHeading title="Audit log">
        Who did what, to which record, and when. Ids and codes only: never patient details.
      </PageHeading>
      <form
        action="/dashboard/audit"
        className="mb-5 grid gap-3 rounded-xl border border-sand-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
      >
        <div>
          <label htmlFor="audit-entity" className="block font-semibold">
            Record type
          </label>
          <select id="audit-entity" name="entity" defaultValue={entityType} className={select}>
            <option value="">All</option>
            {AUDIT_ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-id" className="block font-semibold">
            Record id
          </label>
          <input id="audit-id" name="id" defaultValue={entityId} className={select} />
        </div>
        <div>
          <label htmlFor="audit-actor" className="block font-semibold">
            Who
          </label>
          <select id="audit-actor" name="actor" defaultValue={actorStaffId} className={select}>
            <option value="">Anyone</option>
            {staffNames.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
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
            defaultValue={fromParam}
            className={select}
          />
        </div>
        <div>
          <label htmlFor="audit-to" className="block font-semibold">
            To
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={toParam} className={select} />
        </div>
        <button
          type="submit"
          className="min-h-10 cursor-pointer rounded-full bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
        >
          Filter
        </button>
      </form>
      <p role="status" className="mb-2 text-[0.95rem] text-muted">
        {result.total} entr{result.total === 1 ? 'y' : 'ies'}, newest first
      </p>
      <TableScroll label="Audit log table">
        <table className="w-full min-w-[52rem] text-left text-sm">
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
                Action
              </th>
              <th scope="col" className="px-3 py-2">
                Record
              </th>
              <th scope="col" className="px-3 py-2">
                Details
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.id} className="border-t border-sand-200 align-top">
                <td className="px-3 py-2 whitespace-nowrap">
                  {DateTime.fromJSDate(r.at, { zone }).toFormat('d LLL yyyy, HH:mm:ss')}
                </td>
                <td className="px-3 py-2">
                  {r.actorName ?? (r.actorKind === 'staff' ? 'Former staff' : r.actorKind)}
                </td>
                <td className="px-3 py-2 font-mono">{r.action}</td>
                <td className="px-3 py-2">
                  {r.entityType}{' '}
                  <span className="font-mono break-all text-muted">{r.entityId}</span>
                </td>
                <td className="px-3 py-2 font-mono break-all">
                  {Object.entries(r.details)
                    .map(([k, v]) => `${k}=${String(v)}`)
                    .join(' ')}
                </td>
              </tr>
            ))}
            {result.rows.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-6 text-center text-muted">
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
          entity: entityType || undefined,
          id: entityId || undefined,
          actor: actorStaffId || undefined,
          from: fromParam || undefined,
          to: toParam || undefined,
        }}
        page={page}
        total={result.total}
        pageSize={result.pageSize}
      />
    </>
  );
}

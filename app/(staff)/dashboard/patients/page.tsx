import { formatSlotDateTime } from '@/lib/time/slot-format';
import { clinicDate } from '@/lib/time/calendar';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { StaffPagination, pageParam, stringParam } from '@/components/staff/pagination';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { searchPatients } from '@/db/queries/patients';
import { requireStaff } from '@/lib/auth/guard';
import { displayPhone } from '@/lib/phone';
import { ExportForm } from './export-form';
import { SearchInput } from './search-input';
import { TableScroll } from '@/components/staff/table-scroll';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Patients' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PatientsPage({ searchParams }: Props) {
  const staff = await requireStaff();
  const params = await searchParams;
  const query = stringParam(params.q, 100).trim();
  const page = pageParam(params.page);
  const own =
    staff.role === 'practitioner'
      ? (staff.practitionerId ?? '00000000-0000-0000-0000-000000000000')
      : null;
  const [result, zone] = await Promise.all([
    searchPatients({ query, page, practitionerId: own }),
    getClinicTimeZone(),
  ]);

  return (
    <>
      <PageHeading title="Patients">
        {own ? 'Patients who have had an appointment with you.' : 'Every patient who has booked.'}{' '}
        Search by name, e-mail or phone.
      </PageHeading>

      <form
        role="search"
        action="/dashboard/patients"
        className="mb-5 flex flex-wrap items-end gap-3"
      >
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor="patient-search" className="block font-semibold">
            Search patients
          </label>
          <SearchInput initial={query} />
          <p id="patient-search-hint" className="mt-1 text-sm text-muted">
            Results follow your typing. Phone numbers match in any format.
          </p>
        </div>
        <button type="submit" className={buttonClasses({ variant: 'primary', size: 'sm' })}>
          Search
        </button>
      </form>

      <p role="status" className="mb-2 text-[0.95rem] text-muted">
        {result.total} patient{result.total === 1 ? '' : 's'}
        {query ? ` matching “${query}”` : ''}
      </p>
      <TableScroll label="Patients table">
        <table className="w-full min-w-[40rem] text-left text-[0.95rem]">
          <caption className="sr-only">Patients{query ? ` matching ${query}` : ''}</caption>
          <thead className="bg-sand-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Name
              </th>
              <th scope="col" className="px-3 py-2">
                E-mail
              </th>
              <th scope="col" className="px-3 py-2">
                Phone
              </th>
              <th scope="col" className="px-3 py-2">
                Next visit
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((p) => (
              <tr key={p.id} className="border-t border-sand-200">
                <td className="px-3 py-2">
                  <Link href={`/dashboard/patients/${p.id}`} prefetch={false}>
                    {p.name}
                  </Link>
                </td>
                {/* An erased patient's row holds placeholders, not contact details. */}
                <td className="px-3 py-2 break-all">{p.erasedAt ? '—' : (p.email ?? '—')}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {p.erasedAt ? '—' : displayPhone(p.phone)}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {p.nextVisit ? formatSlotDateTime(p.nextVisit.toISOString(), zone, false) : '—'}
                </td>
              </tr>
            ))}
            {result.rows.length === 0 && (
              <tr>
                <td colSpan={4} className="px-3 py-6 text-center text-muted">
                  No patients found.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      <StaffPagination
        basePath="/dashboard/patients"
        params={{ q: query || undefined }}
        page={page}
        total={result.total}
        pageSize={result.pageSize}
      />

      {staff.role === 'admin' ? (
        <Panel title="Export appointments" id="export" className="mt-8">
          <ExportForm today={clinicDate(new Date(), zone)} />
        </Panel>
      ) : null}
    </>
  );
}

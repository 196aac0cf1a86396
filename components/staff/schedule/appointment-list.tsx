import Link from 'next/link';
import { telHref } from '@/lib/format';
import { displayPhone } from '@/lib/phone';
import type { ListRow } from '@/lib/appointments/views/schedule-view';
import { QuickCheckIn } from './quick-check-in';
import { SCREENING_LABEL } from './screening-mark';
import { StatusBadge } from './status-badge';

/**
 * The day as a list: a table on wider screens, cards on phones. The front desk's view of the day,
 * with a one-tap check-in for patients who are booked or confirmed.
 */
export function AppointmentList({
  rows,
  caption,
  showPractitioner = true,
}: {
  rows: ListRow[];
  caption: string;
  showPractitioner?: boolean;
}) {
  if (rows.length === 0) {
    return (
      <p className="rounded-xl border border-sand-200 bg-white p-6 text-center text-muted">
        No appointments on this day.
      </p>
    );
  }
  return (
    <>
      <div className="hidden overflow-x-auto rounded-xl border border-sand-200 bg-white md:block">
        <table className="w-full text-left text-[0.95rem]">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-sand-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Time
              </th>
              <th scope="col" className="px-3 py-2">
                Patient
              </th>
              <th scope="col" className="px-3 py-2">
                Therapy
              </th>
              {showPractitioner ? (
                <th scope="col" className="px-3 py-2">
                  Practitioner
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2">
                Status
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                className={`border-t border-sand-200 ${row.status === 'cancelled' ? 'text-muted' : ''}`}
              >
                <td className="px-3 py-2 whitespace-nowrap">{row.timeLabel}</td>
                <td className="px-3 py-2">
                  <Link
                    href={`/dashboard/appointments/${row.id}`}
                    prefetch={false}
                    className="font-semibold text-brand-800"
                  >
                    {row.patientName}
                  </Link>
                  <a href={telHref(row.patientPhone)} className="block text-sm text-muted">
                    {displayPhone(row.patientPhone)}
                  </a>
                </td>
                <td className="px-3 py-2">
                  {row.serviceName}
                  {row.screening ? (
                    <span className="block text-sm font-semibold text-rose-900">
                      ⚕ {SCREENING_LABEL}
                    </span>
                  ) : null}
                </td>
                {showPractitioner ? <td className="px-3 py-2">{row.practitionerName}</td> : null}
                <td className="px-3 py-2">
                  <StatusBadge status={row.status} />
                </td>
                <td className="px-3 py-2">
                  {row.canManage ? (
                    <QuickCheckIn
                      appointmentId={row.id}
                      patientName={row.patientName}
                      status={row.status}
                      canCheckIn={row.canCheckIn}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-2 md:hidden" aria-label={caption}>
        {rows.map((row) => (
          <li key={row.id} className="rounded-xl border border-sand-200 bg-white p-3">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="font-semibold">{row.timeLabel}</p>
                <Link
                  href={`/dashboard/appointments/${row.id}`}
                  prefetch={false}
                  className="font-semibold text-brand-800"
                >
                  {row.patientName}
                </Link>
                <p className="text-sm text-muted">
                  {row.serviceName}
                  {showPractitioner ? ` · ${row.practitionerName}` : ''}
                </p>
                {row.screening ? (
                  <p className="text-sm font-semibold text-rose-900">⚕ {SCREENING_LABEL}</p>
                ) : null}
              </div>
              <StatusBadge status={row.status} />
            </div>
            {row.canManage &&
            (row.status === 'booked' || row.status === 'confirmed' || row.status === 'arrived') ? (
              <div className="mt-2">
                <QuickCheckIn
                  appointmentId={row.id}
                  patientName={row.patientName}
                  status={row.status}
                  canCheckIn={row.canCheckIn}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

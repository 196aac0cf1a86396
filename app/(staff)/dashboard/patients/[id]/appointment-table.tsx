import Link from 'next/link';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import { TableScroll } from '@/components/staff/table-scroll';
import { STATUS_LABELS } from '@/lib/appointments/status-table';
import type { PatientRecord } from '@/lib/patients/record';
import { intakeEntries } from '@/lib/patients/intake-text';

type Row = PatientRecord['past'][number];

/** A patient's appointments; intake and the patient's note appear only on rows the caller may read. */
export function AppointmentTable({
  rows,
  zone,
  caption,
  empty,
  bookAgain,
}: {
  rows: Row[];
  zone: string;
  caption: string;
  empty: string;
  /** The new-appointment page with this row's therapy and practitioner filled in. */
  bookAgain?: (row: Row) => string;
}) {
  if (rows.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <TableScroll label={`${caption} table`} plain>
      <table className="w-full min-w-[36rem] text-left text-[0.95rem]">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-sand-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              When
            </th>
            <th scope="col" className="px-3 py-2">
              Therapy
            </th>
            <th scope="col" className="px-3 py-2">
              With
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            {bookAgain ? (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Book again</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => {
            const intake = a.clinical ? intakeEntries(a.clinical.intake) : [];
            return (
              <tr key={a.id} className="border-t border-sand-200 align-top">
                <td className="px-3 py-2 whitespace-nowrap">
                  <Link href={`/dashboard/appointments/${a.id}`} prefetch={false}>
                    {formatSlotDateTime(a.startsAt.toISOString(), zone)}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  {a.serviceName}
                  {a.clinical && (intake.length > 0 || a.clinical.patientNotes) ? (
                    <details className="mt-1 text-sm">
                      <summary className="cursor-pointer text-brand-800">Intake</summary>
                      <dl className="mt-1 space-y-1">
                        {intake.map((e) => (
                          <div key={e.label}>
                            <dt className="inline font-semibold">{e.label}: </dt>
                            <dd className="inline">{e.value}</dd>
                          </div>
                        ))}
                        {a.clinical.patientNotes ? (
                          <div>
                            <dt className="inline font-semibold">Patient’s note: </dt>
                            <dd className="inline whitespace-pre-wrap">
                              {a.clinical.patientNotes}
                            </dd>
                          </div>
                        ) : null}
                      </dl>
                    </details>
                  ) : null}
                </td>
                <td className="px-3 py-2">{a.practitionerName}</td>
                <td className="px-3 py-2">
                  {STATUS_LABELS[a.status]}
                  {a.status === 'cancelled' && a.cancellationReason ? (
                    <span className="block text-sm text-muted">{a.cancellationReason}</span>
                  ) : null}
                </td>
                {bookAgain ? (
                  <td className="px-3 py-2 whitespace-nowrap">
                    <Link
                      href={bookAgain(a)}
                      prefetch={false}
                      aria-label={`Book again: ${a.serviceName} with ${a.practitionerName}`}
                    >
                      Book again
                    </Link>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

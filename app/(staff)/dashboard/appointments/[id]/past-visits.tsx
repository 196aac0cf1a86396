import Link from 'next/link';
import { formatLocalDate, localTime } from '@/lib/time/slot-format';
import { StatusBadge } from '@/components/staff/schedule/status-badge';
import type { AppointmentDetail } from '@/lib/appointments/views/detail';
import type { StaffPrincipal } from '@/lib/auth/roles';

type Visits = AppointmentDetail['visits'];

/** The patient's other appointments, past and upcoming (no clinical content), linked where allowed. */
export function PastVisits({
  visits,
  timeZone,
  staff,
  now,
}: {
  visits: Visits;
  timeZone: string;
  staff: StaffPrincipal;
  now: Date;
}) {
  const past = visits.filter((v) => v.startsAt < now);
  const upcoming = visits.filter((v) => v.startsAt >= now).reverse();
  return (
    <>
      <VisitTable
        id="past-visits"
        title="Past visits"
        empty="No earlier visits."
        visits={past}
        timeZone={timeZone}
        staff={staff}
      />
      {upcoming.length > 0 ? (
        <VisitTable
          id="upcoming-visits"
          title="Other upcoming appointments"
          empty=""
          visits={upcoming}
          timeZone={timeZone}
          staff={staff}
        />
      ) : null}
    </>
  );
}

function VisitTable({
  id,
  title,
  empty,
  visits,
  timeZone,
  staff,
}: {
  id: string;
  title: string;
  empty: string;
  visits: Visits;
  timeZone: string;
  staff: StaffPrincipal;
}) {
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="text-xl">
        {title}
      </h2>
      {visits.length === 0 ? (
        <p className="mt-2 text-muted">{empty}</p>
      ) : (
        <>
          <ul className="mt-2 space-y-2 md:hidden" aria-label={title}>
            {visits.map((v) => {
              const date = formatLocalDate(
                localTime(v.startsAt.toISOString(), timeZone).date,
                true,
              );
              const visible =
                staff.role !== 'practitioner' || staff.practitionerId === v.practitionerId;
              return (
                <li
                  key={v.id}
                  className="flex items-start justify-between gap-2 rounded-xl border border-sand-200 bg-white p-3"
                >
                  <span className="min-w-0">
                    {visible ? (
                      <Link
                        href={`/dashboard/appointments/${v.id}`}
                        prefetch={false}
                        className="font-semibold text-brand-800"
                      >
                        {date}
                      </Link>
                    ) : (
                      <span className="font-semibold">{date}</span>
                    )}
                    <span className="block text-sm text-muted">
                      {v.serviceName} · {v.practitionerName}
                    </span>
                  </span>
                  <StatusBadge status={v.status} />
                </li>
              );
            })}
          </ul>
          <div className="mt-2 hidden overflow-x-auto rounded-xl border border-sand-200 bg-white md:block">
            <table className="w-full text-left text-[0.95rem]">
              <caption className="sr-only">{title}</caption>
              <thead className="bg-sand-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Date
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Therapy
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Practitioner
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Status
                  </th>
                </tr>
              </thead>
              <tbody>
                {visits.map((v) => {
                  const date = formatLocalDate(
                    localTime(v.startsAt.toISOString(), timeZone).date,
                    true,
                  );
                  // Practitioners open only their own diary's appointments.
                  const visible =
                    staff.role !== 'practitioner' || staff.practitionerId === v.practitionerId;
                  return (
                    <tr key={v.id} className="border-t border-sand-200">
                      <td className="px-3 py-2 whitespace-nowrap">
                        {visible ? (
                          <Link
                            href={`/dashboard/appointments/${v.id}`}
                            prefetch={false}
                            className="text-brand-800"
                          >
                            {date}
                          </Link>
                        ) : (
                          date
                        )}
                      </td>
                      <td className="px-3 py-2">{v.serviceName}</td>
                      <td className="px-3 py-2">{v.practitionerName}</td>
                      <td className="px-3 py-2">
                        <StatusBadge status={v.status} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { addDays, clinicDate } from '@/lib/time/calendar';
import { formatClosure, formatSlotDateTime, zoneName } from '@/lib/time/slot-format';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listUpcomingClosures } from '@/db/queries/closures';
import { requireStaff } from '@/lib/auth/guard';
import { ClosureForm } from './closure-form';
import { ConfirmRemove } from '@/components/staff/schedule/confirm-remove';
import { removeClosureAction } from './actions';

export const metadata: Metadata = { title: 'Clinic closures' };

/**
 * Clinic-wide closures: admins add and remove them; the front desk sees each one with the bookings
 * still inside it, to move them (a closure never cancels anyone by itself).
 */
export default async function ClosuresPage() {
  const staff = await requireStaff(['admin', 'front_desk']);
  const [timeZone, closures] = await Promise.all([
    getClinicTimeZone(),
    listUpcomingClosures(new Date()),
  ]);
  const iso = (d: Date) => d.toISOString();
  const tomorrow = addDays(clinicDate(new Date(), timeZone), 1);

  return (
    <>
      <h1 className="text-3xl">Clinic closures</h1>
      <p className="mt-1 max-w-3xl">
        While the clinic is closed nobody can book, online or at the desk, and patients see the
        reason. Bookings already inside a closure stay booked until they are moved: they are listed
        under each closure.
      </p>
      <div
        className={`mt-6 grid gap-6 ${staff.role === 'admin' ? 'lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]' : 'max-w-3xl'}`}
      >
        {staff.role === 'admin' ? (
          <section
            aria-labelledby="close-heading"
            className="rounded-xl border border-sand-200 bg-white p-5"
          >
            <h2 id="close-heading" className="text-xl">
              Close the clinic
            </h2>
            <p className="mt-1 text-sm text-muted">
              Times are {zoneName(timeZone)} ({timeZone}).
            </p>
            <div className="mt-3">
              <ClosureForm timeZone={timeZone} defaultDate={tomorrow} />
            </div>
          </section>
        ) : null}
        <section aria-labelledby="closures-heading">
          <h2 id="closures-heading" className="text-xl">
            Upcoming closures
          </h2>
          {closures.length === 0 ? (
            <p className="mt-2 text-muted">No closures planned.</p>
          ) : (
            <ul className="mt-2 space-y-3">
              {closures.map((c) => {
                const when = formatClosure(
                  { start: iso(c.startsAt), end: iso(c.endsAt) },
                  timeZone,
                );
                return (
                  <li key={c.id} className="rounded-xl border border-sand-200 bg-white p-4">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <p>
                        <span className="font-semibold">{when}</span>
                        <span className="block text-[0.95rem]">{c.reason}</span>
                      </p>
                      {staff.role === 'admin' ? (
                        <ConfirmRemove
                          remove={removeClosureAction.bind(null, { closureId: c.id })}
                          label={`the closure on ${when}`}
                        />
                      ) : null}
                    </div>
                    {c.affected.length > 0 ? (
                      <div className="mt-3 rounded-lg border border-clay-100 bg-clay-50 p-3">
                        <p className="font-semibold text-clay-800">
                          {c.affected.length === 1
                            ? '1 booking to move'
                            : `${c.affected.length} bookings to move`}
                        </p>
                        <ul className="mt-1 space-y-1" aria-label={`Bookings inside ${when}`}>
                          {c.affected.map((a) => (
                            <li key={a.id}>
                              <Link
                                href={`/dashboard/appointments/${a.id}/reschedule`}
                                className="font-semibold text-brand-800"
                              >
                                {formatSlotDateTime(iso(a.startsAt), timeZone, false)} ·{' '}
                                {a.patientName}
                              </Link>{' '}
                              <span className="text-muted">
                                ({a.serviceName}, {a.practitionerName})
                              </span>
                            </li>
                          ))}
                        </ul>
                      </div>
                    ) : (
                      <p className="mt-2 text-sm text-muted">No bookings inside it.</p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}

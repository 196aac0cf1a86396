import { DateTime } from 'luxon';
import type { Metadata } from 'next';
import { clinicTimeZone, listDayAppointments } from '@/db/queries/schedule';
import { requireStaff } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Today' };

const STATUS_LABELS = {
  booked: 'Booked',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  completed: 'Completed',
  no_show: 'No-show',
  cancelled: 'Cancelled',
} as const;

export default async function TodayPage() {
  const staff = await requireStaff();
  const timeZone = await clinicTimeZone();
  const today = DateTime.now().setZone(timeZone);
  const rows = await listDayAppointments(
    today.toISODate()!,
    timeZone,
    staff.role === 'practitioner' ? (staff.practitionerId ?? undefined) : undefined,
  );
  return (
    <>
      <h1 className="text-2xl">Today, {today.toFormat('cccc d LLLL')}</h1>
      <p className="mt-1 text-muted">
        {rows.length} appointment{rows.length === 1 ? '' : 's'} · times in {today.offsetNameShort} ({timeZone})
      </p>
      <div className="mt-6 overflow-x-auto rounded-xl border border-sand-200 bg-white">
        <table className="w-full min-w-[36rem] text-left text-[0.95rem]">
          <caption className="sr-only">Today’s appointments</caption>
          <thead className="bg-sand-100">
            <tr>
              <th scope="col" className="px-3 py-2">Time</th>
              <th scope="col" className="px-3 py-2">Patient</th>
              <th scope="col" className="px-3 py-2">Therapy</th>
              <th scope="col" className="px-3 py-2">With</th>
              <th scope="col" className="px-3 py-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-sand-200">
                <td className="px-3 py-2 whitespace-nowrap">
                  {DateTime.fromJSDate(row.startsAt, { zone: timeZone }).toFormat('h:mm a')}
                </td>
                <td className="px-3 py-2">{row.patientName}</td>
                <td className="px-3 py-2">{row.serviceName}</td>
                <td className="px-3 py-2">{row.practitionerName}</td>
                <td className="px-3 py-2">{STATUS_LABELS[row.status]}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-6 text-center text-muted">
                  No appointments today.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import type { Metadata } from 'next';
import {
  findSlot,
  loadMonthAvailability,
  staffSearch,
} from '@/lib/appointments/views/load-availability';
import { SlotPicker } from '@/components/booking/slot-picker';
import { formatSlotDateTime, localTime } from '@/lib/time/slot-format';
import { getClinic } from '@/db/queries/clinic';
import { loadBookingRow } from '@/db/queries/bookings';
import { listSchedulePractitioners, listStaffServices } from '@/db/queries/schedule';
import { loadAppointmentCore } from '@/db/queries/schedule-appointment';
import { canMove, STATUS_LABELS } from '@/lib/appointments/status-table';
import { UUID } from '@/lib/validations/fields';
import { requireStaff } from '@/lib/auth/guard';
import { canManageSchedule } from '@/lib/auth/roles';
import { RescheduleConfirm } from './reschedule-confirm';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Reschedule' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ReschedulePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const staff = await requireStaff();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!UUID.test(id)) notFound();
  const [core, row] = await Promise.all([
    loadAppointmentCore(id),
    loadBookingRow({ appointmentId: id }),
  ]);
  if (!core || !row) notFound();
  if (!canManageSchedule(staff, core.practitioner.id)) forbidden();
  const back = `/dashboard/appointments/${id}`;
  if (!canMove(core)) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-2xl">This appointment can’t be moved</h1>
        <p className="mt-2">It is {STATUS_LABELS[core.status].toLowerCase()}.</p>
        <Link
          href={back}
          className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-800"
        >
          Back to the appointment
        </Link>
      </div>
    );
  }

  const { policy } = row;
  const [clinic, services, team] = await Promise.all([
    getClinic(),
    listStaffServices(),
    listSchedulePractitioners(),
  ]);
  const offering = new Set(
    services.find((s) => s.id === core.service.id)?.practitionerIds ?? [core.practitioner.id],
  );
  const choices = team.filter((p) => offering.has(p.id) && canManageSchedule(staff, p.id));
  const asked = one(query.practitioner);
  const practitionerId =
    choices.some((p) => p.id === asked) && asked ? asked : core.practitioner.id;
  const practitionerName =
    team.find((p) => p.id === practitionerId)?.name ?? core.practitioner.name;
  const [month, date, start] = [one(query.month), one(query.date), one(query.start)];

  const availability = await loadMonthAvailability({
    // The appointment being moved does not block the times around it.
    search: staffSearch({
      service: row.service,
      policy,
      practitionerId,
      now: new Date(),
      excludeAppointmentId: id,
    }),
    timeZone: policy.timeZone,
    horizonDays: policy.bookingHorizonDays,
    month: month && /^\d{4}-\d{2}$/.test(month) ? month : undefined,
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
  });
  // The appointment's own current time (same practitioner) is not a new time to choose.
  if (availability) {
    availability.slots = availability.slots.filter(
      (s) =>
        s.practitionerId !== core.practitioner.id ||
        Date.parse(s.start) !== core.startsAt.getTime(),
    );
  }
  const href = (extra: Record<string, string>) => {
    const p = new URLSearchParams({
      ...(practitionerId !== core.practitioner.id ? { practitioner: practitionerId } : {}),
      ...extra,
    });
    return `/dashboard/appointments/${id}/reschedule?${p.toString()}`;
  };
  const chosen = start && availability ? findSlot(availability.slots, start) : undefined;

  return (
    <>
      <Link href={back} className="text-[0.95rem] font-semibold text-brand-800">
        ‹ Back to the appointment
      </Link>
      <h1 className="mt-3 text-3xl">Reschedule {core.patient.name}</h1>
      <p className="mt-1 text-lg">
        {core.service.name}, now {formatSlotDateTime(core.startsAt.toISOString(), policy.timeZone)}{' '}
        with {core.practitioner.name}
      </p>

      {choices.length > 1 ? (
        <form method="get" className="mt-4 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="reschedule-practitioner" className="block font-semibold">
              Practitioner
            </label>
            <select
              id="reschedule-practitioner"
              name="practitioner"
              defaultValue={practitionerId}
              className="min-h-11 rounded-lg border border-sand-300 bg-white px-3"
            >
              {choices.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClasses({ variant: 'secondary', size: 'md' })}>
            Show their times
          </button>
        </form>
      ) : null}

      {chosen ? (
        <div className="mt-6">
          <RescheduleConfirm
            appointmentId={id}
            practitionerId={practitionerId !== core.practitioner.id ? practitionerId : undefined}
            practitionerName={practitionerName}
            start={chosen.start}
            timeZone={policy.timeZone}
          />
        </div>
      ) : null}

      <div className="mt-6">
        {availability ? (
          <SlotPicker
            availability={availability}
            city={clinic.city}
            selectedDate={date}
            selectedStart={chosen?.start}
            hrefs={{
              month: (m) => href({ month: m }),
              day: (d) => `${href({ date: d })}#times`,
              slot: (s) => href({ date: localTime(s.start, policy.timeZone).date, start: s.start }),
            }}
            noTimes={
              <p>
                No open times this month for {practitionerName}. Try the next month or another
                practitioner.
              </p>
            }
          />
        ) : (
          <p>{practitionerName} does not offer this therapy.</p>
        )}
      </div>
    </>
  );
}

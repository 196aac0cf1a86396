import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { formatLocalDate, formatSlotDateTime, localTime } from '@/lib/time/slot-format';
import { CarePlanSection } from '@/components/care-plans/care-plan-section';
import { StatusBadge } from '@/components/staff/schedule/status-badge';
import { Callout } from '@/components/ui/callout';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { loadAppointmentDetail } from '@/lib/appointments/views/detail';
import { timeRangeLabel } from '@/lib/appointments/views/schedule-view';
import { availableChanges, canMove, changeRefusal } from '@/lib/appointments/status-table';
import { requireStaff } from '@/lib/auth/guard';
import { telHref } from '@/lib/format';
import { displayPhone } from '@/lib/phone';
import { UUID } from '@/lib/validations/fields';
import { AppointmentActions } from './appointment-actions';
import { ClinicalSection } from './clinical-section';
import { PastVisits } from './past-visits';

export const metadata: Metadata = { title: 'Appointment' };

export default async function AppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!UUID.test(id)) notFound();
  const outcome = await loadAppointmentDetail(staff, id);
  if (outcome.kind === 'not_found') notFound();
  if (outcome.kind === 'forbidden') forbidden();
  const a = outcome.detail;
  const timeZone = await getClinicTimeZone();
  const now = new Date();
  const date = localTime(a.startsAt.toISOString(), timeZone).date;
  const phone = a.bookedAs.phone ?? a.patient.phone;
  // What was typed for this booking, when it differs from the record (a parent's number, …).
  const typed = [
    a.bookedAs.name && a.bookedAs.name !== a.patient.name ? a.bookedAs.name : null,
    a.bookedAs.phone && a.bookedAs.phone !== a.patient.phone
      ? displayPhone(a.bookedAs.phone)
      : null,
  ].filter(Boolean);
  const bookedAs = typed.length > 0 ? typed.join(', ') : null;
  const rules = { now, timeZone };
  const flash = query.booked
    ? 'Appointment booked.'
    : query.moved
      ? `Moved to ${formatSlotDateTime(a.startsAt.toISOString(), timeZone)}.`
      : null;

  return (
    <>
      <Link
        href={`/dashboard/schedule?date=${date}`}
        className="text-[0.95rem] font-semibold text-brand-800"
      >
        ‹ Schedule for {formatLocalDate(date)}
      </Link>
      {flash ? (
        <div role="status" className="mt-4">
          <Callout>{flash}</Callout>
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl">{a.patient.name}</h1>
        <StatusBadge status={a.status} className="text-sm" />
      </div>
      <p className="mt-1 text-lg">
        {a.service.name} · {formatLocalDate(date, true)},{' '}
        {timeRangeLabel(a.startsAt, a.endsAt, timeZone)}
      </p>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <section
          aria-labelledby="details-heading"
          className="rounded-xl border border-sand-200 bg-white p-5"
        >
          <h2 id="details-heading" className="text-xl">
            Details
          </h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-semibold">When</dt>
            <dd>
              {formatLocalDate(date, true)}, {timeRangeLabel(a.startsAt, a.endsAt, timeZone)}{' '}
              <span className="text-muted">({timeZone})</span>
            </dd>
            <dt className="font-semibold">Therapy</dt>
            <dd>
              {a.service.name} ({a.service.durationMinutes} minutes)
            </dd>
            <dt className="font-semibold">Practitioner</dt>
            <dd>{a.practitioner.name}</dd>
            <dt className="font-semibold">Status</dt>
            <dd>
              <StatusBadge status={a.status} />
            </dd>
            <dt className="font-semibold">Booked</dt>
            <dd>
              {a.source === 'staff' ? 'By staff' : 'Online by the patient'},{' '}
              {formatSlotDateTime(a.createdAt.toISOString(), timeZone)}
            </dd>
            {bookedAs ? (
              <>
                <dt className="font-semibold">Booked as</dt>
                <dd>{bookedAs}</dd>
              </>
            ) : null}
            {a.status === 'cancelled' ? (
              <>
                <dt className="font-semibold">Cancelled</dt>
                <dd>{a.cancellationReason || 'No reason given'}</dd>
              </>
            ) : null}
          </dl>
          <h3 className="mt-5 font-sans text-base font-semibold">Contact</h3>
          <ul className="mt-1 space-y-1">
            <li>
              <a href={telHref(phone)} className="font-semibold text-brand-800">
                {displayPhone(phone)}
              </a>
            </li>
            {a.patient.email ? (
              <li>
                <a href={`mailto:${a.patient.email}`} className="text-brand-800">
                  {a.patient.email}
                </a>
              </li>
            ) : (
              <li>
                <Callout tone="warning" title="No e-mail on file">
                  No e-mails are sent about this appointment: tell the patient about any change by
                  phone.
                </Callout>
              </li>
            )}
          </ul>
          <Link
            href={`/dashboard/patients/${a.patient.id}`}
            className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-800"
          >
            Patient record
          </Link>
        </section>

        <section
          aria-labelledby="actions-heading"
          className="rounded-xl border border-sand-200 bg-white p-5"
        >
          <h2 id="actions-heading" className="text-xl">
            Actions
          </h2>
          <div className="mt-3">
            {a.canManage ? (
              <AppointmentActions
                appointmentId={a.id}
                changes={availableChanges(a, rules)}
                cancellable={changeRefusal(a, 'cancel', rules) === null}
                rescheduleHref={canMove(a) ? `/dashboard/appointments/${a.id}/reschedule` : null}
              />
            ) : (
              <p className="text-muted">This appointment is in another practitioner’s diary.</p>
            )}
          </div>
        </section>
      </div>

      {a.clinical ? (
        <ClinicalSection
          appointmentId={a.id}
          clinical={a.clinical}
          canWrite={a.canWriteNotes}
          timeZone={timeZone}
        />
      ) : (
        <p className="mt-6 text-sm text-muted">
          Intake answers and clinical notes are shown only to the treating practitioner and admins.
        </p>
      )}

      <CarePlanSection staff={staff} patientId={a.patient.id} appointmentId={a.id} />
      <PastVisits visits={a.visits} timeZone={timeZone} staff={staff} now={now} />
    </>
  );
}

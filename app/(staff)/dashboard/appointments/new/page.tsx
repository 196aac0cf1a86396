import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import type { Metadata } from 'next';
import {
  findSlot,
  loadMonthAvailability,
  staffSearch,
} from '@/lib/appointments/views/load-availability';
import { SlotPicker } from '@/components/booking/slot-picker';
import { localTime } from '@/lib/time/slot-format';
import { Callout } from '@/components/ui/callout';
import { displayPhone } from '@/lib/phone';
import { loadPolicyAndService } from '@/db/queries/availability';
import { getClinic } from '@/db/queries/clinic';
import { listSchedulePractitioners, listStaffServices } from '@/db/queries/schedule';
import { loadPatientContact } from '@/db/queries/patients';
import { requireStaff } from '@/lib/auth/guard';
import { UUID } from '@/lib/validations/fields';
import { BookConfirm } from './book-confirm';
import { ChoiceForm } from './choice-form';
import { PatientStep } from './patient-step';

export const metadata: Metadata = { title: 'New appointment' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** A booking for a patient on the phone or at the desk: patient → therapy and practitioner → time. */
export default async function NewAppointmentPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaff();
  const q = await searchParams;
  const patientId = one(q.patient);
  const patient = patientId && UUID.test(patientId) ? await loadPatientContact(patientId) : null;

  return (
    <>
      <Link href="/dashboard/schedule" className="text-[0.95rem] font-semibold text-brand-800">
        ‹ Schedule
      </Link>
      <h1 className="mt-3 text-3xl">New appointment</h1>
      {patient ? (
        <BookingSteps staff={staff} patient={patient} q={q} />
      ) : (
        <PatientStep query={(one(q.q) ?? '').slice(0, 100)} />
      )}
    </>
  );
}

async function BookingSteps({
  staff,
  patient,
  q,
}: {
  staff: Awaited<ReturnType<typeof requireStaff>>;
  patient: NonNullable<Awaited<ReturnType<typeof loadPatientContact>>>;
  q: Awaited<SearchParams>;
}) {
  const ownDiary = staff.role === 'practitioner' ? staff.practitionerId : null;
  const [services, team, clinic] = await Promise.all([
    listStaffServices(),
    listSchedulePractitioners(ownDiary ?? undefined),
    getClinic(),
  ]);
  const serviceSlug = one(q.service);
  const serviceRow = services.find((s) => s.slug === serviceSlug);
  const asked = ownDiary ?? one(q.practitioner) ?? 'any';
  const practitionerId = asked !== 'any' && UUID.test(asked) ? asked : null;
  const offers =
    !serviceRow || !practitionerId || serviceRow.practitionerIds.includes(practitionerId);
  const [month, date, start] = [one(q.month), one(q.date), one(q.start)];

  const { policy, service } =
    serviceRow && offers
      ? await loadPolicyAndService(serviceRow.slug)
      : { policy: null, service: null };
  const availability =
    service && policy
      ? await loadMonthAvailability({
          search: staffSearch({ service, policy, practitionerId, now: new Date() }),
          timeZone: policy.timeZone,
          horizonDays: policy.bookingHorizonDays,
          month: month && /^\d{4}-\d{2}$/.test(month) ? month : undefined,
          date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
        })
      : null;
  const href = (extra: Record<string, string>) => {
    const p = new URLSearchParams({
      patient: patient.id,
      service: serviceSlug ?? '',
      practitioner: practitionerId ?? 'any',
      ...extra,
    });
    return `/dashboard/appointments/new?${p.toString()}`;
  };
  const chosen = start && availability ? findSlot(availability.slots, start) : undefined;
  const names = Object.fromEntries(team.map((p) => [p.id, p.name]));

  return (
    <>
      <section
        aria-labelledby="patient-heading"
        className="mt-6 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-sand-200 bg-white p-5"
      >
        <div>
          <h2 id="patient-heading" className="font-sans text-sm font-semibold text-muted uppercase">
            Patient
          </h2>
          <p className="text-lg font-semibold">{patient.name}</p>
          <p className="text-sm text-muted">
            {patient.email ?? 'No e-mail'} · {displayPhone(patient.phone)}
          </p>
        </div>
        <Link
          href="/dashboard/appointments/new"
          className="inline-flex min-h-11 items-center font-semibold text-brand-800"
        >
          Change patient
        </Link>
      </section>

      {patient.email ? null : (
        <Callout tone="warning" title="No e-mail will be sent" className="mt-4">
          This patient has no e-mail address on file, so there will be no confirmation, reminder or
          change e-mails. Tell them the time on the phone, or add an e-mail to their record first.
        </Callout>
      )}

      <section aria-label="Therapy and practitioner" className="mt-4">
        <ChoiceForm
          patientId={patient.id}
          services={services}
          practitioners={team}
          service={serviceRow?.slug}
          practitioner={practitionerId ?? 'any'}
          ownDiaryOnly={!!ownDiary}
        />
        {!offers && serviceRow ? (
          <p role="alert" className="mt-3 font-medium text-clay-800">
            {names[practitionerId ?? ''] ?? 'That practitioner'} does not offer {serviceRow.name}.
            Choose someone else or “First available”.
          </p>
        ) : null}
      </section>

      {chosen && serviceRow ? (
        <div className="mt-6">
          <BookConfirm
            patientId={patient.id}
            service={serviceRow.slug}
            practitioner={practitionerId}
            start={chosen.start}
            timeZone={availability?.timeZone ?? 'UTC'}
            summary={`${serviceRow.name} with ${names[chosen.practitionerId] ?? 'the first available practitioner'} for ${patient.name}`}
            practitionerNames={names}
            requestKey={randomUUID()}
          />
        </div>
      ) : null}

      {availability ? (
        <div className="mt-6">
          <SlotPicker
            availability={availability}
            city={clinic.city}
            selectedDate={date}
            selectedStart={chosen?.start}
            hrefs={{
              month: (m) => href({ month: m }),
              day: (d) => `${href({ date: d })}#times`,
              slot: (s) =>
                href({ date: localTime(s.start, availability.timeZone).date, start: s.start }),
            }}
            noTimes={<p>No open times this month. Try the next month or another practitioner.</p>}
          />
        </div>
      ) : null}
    </>
  );
}

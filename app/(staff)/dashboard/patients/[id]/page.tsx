import { DateTime } from 'luxon';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CarePlanSection } from '@/components/care-plans/care-plan-section';
import { formatLocalDate, formatSlotDateTime } from '@/lib/time/slot-format';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { ButtonLink } from '@/components/ui/button-link';
import { Callout } from '@/components/ui/callout';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { requireStaff } from '@/lib/auth/guard';
import { loadPatientRecord } from '@/lib/patients/record';
import { displayPhone } from '@/lib/phone';
import { AppointmentTable } from './appointment-table';
import { DetailsForm } from './details-form';
import { MergePanel } from './merge-panel';
import { PrivacyPanel } from './privacy-panel';

export const metadata: Metadata = { title: 'Patient' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function PatientPage({ params, searchParams }: Props) {
  const staff = await requireStaff();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [record, zone] = await Promise.all([loadPatientRecord(staff, id), getClinicTimeZone()]);
  if (!record) notFound();
  const { patient, upcoming, past, noShows, cancellations, firstVisit, notes, clinicalScope } =
    record;
  const when = (d: Date) => formatSlotDateTime(d.toISOString(), zone);
  const latest = past.find((a) => a.status !== 'cancelled') ?? upcoming[0] ?? past[0];
  const bookAgainHref = (a: { serviceSlug: string; practitionerId: string }) =>
    `/dashboard/appointments/new?${new URLSearchParams({ patient: patient.id, service: a.serviceSlug, practitioner: a.practitionerId }).toString()}`;
  const erasedOn = patient.erasedAt
    ? formatLocalDate(DateTime.fromJSDate(patient.erasedAt, { zone }).toISODate() ?? '', true)
    : null;
  const canEdit = !patient.erasedAt && (staff.role === 'admin' || staff.role === 'front_desk');
  const merged = one(query.merged);
  const clinicalNote =
    clinicalScope === null
      ? 'Intake answers and clinical notes are not shown to the front desk.'
      : clinicalScope === 'all'
        ? null
        : 'You see intake answers and clinical notes for your own appointments only.';

  return (
    <>
      <p className="mb-2 text-[0.95rem]">
        <Link href="/dashboard/patients">← All patients</Link>
      </p>
      <PageHeading title={patient.name}>
        {firstVisit
          ? `Patient since ${formatLocalDate(DateTime.fromJSDate(firstVisit, { zone }).toISODate() ?? '', true)} (first visit)`
          : 'No visit yet'}
        {erasedOn ? ` · personal data erased on ${erasedOn}` : ''}
      </PageHeading>
      {!erasedOn ? (
        <p className="-mt-3 mb-5 flex flex-wrap gap-2">
          {latest ? (
            <ButtonLink href={bookAgainHref(latest)} prefetch={false}>
              Book again: {latest.serviceName} with {latest.practitionerName}
            </ButtonLink>
          ) : null}
          <ButtonLink
            href={`/dashboard/appointments/new?patient=${patient.id}`}
            variant="secondary"
            prefetch={false}
          >
            New appointment
          </ButtonLink>
          {canEdit && patient.email ? (
            <ButtonLink
              href={`/dashboard/waitlist?patient=${patient.id}`}
              variant="secondary"
              prefetch={false}
            >
              Add to the waitlist
            </ButtonLink>
          ) : null}
        </p>
      ) : null}

      {merged !== undefined ? (
        <div role="status" className="mb-5">
          <Callout>
            Records merged: {merged} appointment{merged === '1' ? '' : 's'} moved to this record.
          </Callout>
        </div>
      ) : null}
      <div className="grid gap-5 lg:grid-cols-3">
        <Panel title="Contact" id="contact">
          {erasedOn ? (
            <p className="text-[0.95rem] text-muted">Erased: no contact details are kept.</p>
          ) : (
            <div className="space-y-4">
              <dl className="space-y-2 text-[0.95rem]">
                <div>
                  <dt className="text-muted">Phone</dt>
                  <dd>
                    <a href={`tel:${patient.phone.replace(/[^0-9+]/g, '')}`}>
                      {displayPhone(patient.phone)}
                    </a>
                  </dd>
                </div>
                <div>
                  <dt className="text-muted">E-mail</dt>
                  <dd className="break-all">
                    {patient.email ? (
                      <a href={`mailto:${patient.email}`}>{patient.email}</a>
                    ) : (
                      'None on file: no e-mails are sent to this patient'
                    )}
                  </dd>
                </div>
                {patient.otherContacts.length > 0 ? (
                  <div>
                    <dt className="text-muted">Other contact details (from merged records)</dt>
                    {patient.otherContacts.map((c) => (
                      <dd key={c} className="break-all">
                        {c.includes('@') ? c : displayPhone(c)}
                      </dd>
                    ))}
                  </div>
                ) : null}
                {patient.dateOfBirth ? (
                  <div>
                    <dt className="text-muted">Date of birth</dt>
                    <dd>{formatLocalDate(patient.dateOfBirth, true)}</dd>
                  </div>
                ) : null}
              </dl>
              {canEdit ? (
                <DetailsForm
                  patientId={patient.id}
                  current={{
                    name: patient.name,
                    email: patient.email ?? '',
                    phone: patient.phone,
                    dateOfBirth: patient.dateOfBirth ?? '',
                  }}
                />
              ) : null}
            </div>
          )}
        </Panel>
        <Panel title="Attendance" id="attendance">
          <dl className="grid grid-cols-2 gap-3 text-center sm:grid-cols-4 lg:grid-cols-2">
            <div>
              <dt className="text-sm text-muted">Upcoming</dt>
              <dd className="text-2xl font-semibold">
                {upcoming.filter((a) => a.status !== 'cancelled').length}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-muted">Past</dt>
              <dd className="text-2xl font-semibold">{past.length}</dd>
            </div>
            <div>
              <dt className="text-sm text-muted">No-shows</dt>
              <dd className={`text-2xl font-semibold ${noShows ? 'text-clay-800' : ''}`}>
                {noShows}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-muted">Cancellations</dt>
              <dd className="text-2xl font-semibold">{cancellations}</dd>
            </div>
          </dl>
        </Panel>
        {clinicalNote ? (
          <Panel title="Clinical information" id="clinical-access">
            <p className="text-[0.95rem]">{clinicalNote}</p>
          </Panel>
        ) : null}
      </div>

      <Panel title="Upcoming appointments" id="upcoming" className="mt-5">
        <AppointmentTable
          rows={upcoming}
          zone={zone}
          caption="Upcoming appointments"
          empty="No upcoming appointments."
          bookAgain={erasedOn ? undefined : bookAgainHref}
        />
      </Panel>
      <Panel title="Past appointments" id="past" className="mt-5">
        <AppointmentTable
          rows={past}
          zone={zone}
          caption="Past appointments"
          empty="No past appointments."
          bookAgain={erasedOn ? undefined : bookAgainHref}
        />
      </Panel>

      {patient.erasedAt ? null : <CarePlanSection staff={staff} patientId={patient.id} />}
      {clinicalScope !== null ? (
        <Panel title="Clinical notes" id="notes" className="mt-5">
          {notes.length === 0 ? (
            <p className="text-muted">
              No clinical notes{clinicalScope === 'all' ? '' : ' on your appointments'} yet.
            </p>
          ) : (
            <ul className="space-y-4">
              {notes.map((n) => (
                <li key={n.id} className="rounded-lg border border-sand-200 p-3">
                  <p className="text-sm text-muted">
                    {when(n.createdAt)} · {n.authorName ?? 'Former staff member'}
                  </p>
                  <p className="mt-1 whitespace-pre-wrap">{n.body}</p>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      ) : null}

      {canEdit ? (
        <MergePanel patient={patient} query={(one(query.merge) ?? '').slice(0, 100)} />
      ) : null}

      {staff.role === 'admin' ? (
        <PrivacyPanel
          patientId={patient.id}
          upcomingActive={
            upcoming.filter((a) => a.status === 'booked' || a.status === 'confirmed').length
          }
          erasedOn={erasedOn}
        />
      ) : null}
    </>
  );
}

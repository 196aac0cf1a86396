import { DateTime } from 'luxon';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { requireStaff } from '@/lib/auth/guard';
import { loadPatientRecord } from '@/lib/patients/record';
import { AppointmentTable } from './appointment-table';
import { PrivacyPanel } from './privacy-panel';

export const metadata: Metadata = { title: 'Patient' };

type Props = { params: Promise<{ id: string }> };

export default async function PatientPage({ params }: Props) {
  const staff = await requireStaff();
  const { id } = await params;
  const [record, zone] = await Promise.all([loadPatientRecord(staff, id), getClinicTimeZone()]);
  if (!record) notFound();
  const { patient, upcoming, past, noShows, notes, clinicalScope } = record;
  const when = (d: Date) => DateTime.fromJSDate(d, { zone }).toFormat('ccc d LLL yyyy, h:mm a');
  const erasedOn = patient.erasedAt
    ? DateTime.fromJSDate(patient.erasedAt, { zone }).toFormat('d LLLL yyyy')
    : null;
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
        Patient since {DateTime.fromJSDate(patient.createdAt, { zone }).toFormat('d LLLL yyyy')}
        {erasedOn ? ` · personal data erased on ${erasedOn}` : ''}
      </PageHeading>

      <div className="grid gap-5 lg:grid-cols-3">
        <Panel title="Contact" id="contact">
          {erasedOn ? (
            <p className="text-[0.95rem] text-muted">Erased: no contact details are kept.</p>
          ) : (
            <dl className="space-y-2 text-[0.95rem]">
              <div>
                <dt className="text-muted">E-mail</dt>
                <dd className="break-all">
                  <a href={`mailto:${patient.email}`}>{patient.email}</a>
                </dd>
              </div>
              <div>
                <dt className="text-muted">Phone</dt>
                <dd>
                  <a href={`tel:${patient.phone.replace(/[^0-9+]/g, '')}`}>{patient.phone}</a>
                </dd>
              </div>
            </dl>
          )}
        </Panel>
        <Panel title="Attendance" id="attendance">
          <dl className="grid grid-cols-3 gap-3 text-center">
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
        />
      </Panel>
      <Panel title="Past appointments" id="past" className="mt-5">
        <AppointmentTable
          rows={past}
          zone={zone}
          caption="Past appointments"
          empty="No past appointments."
        />
      </Panel>

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

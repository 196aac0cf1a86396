import { DateTime } from 'luxon';
import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { appointmentForPlan } from '@/db/queries/care-plans';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listSchedulePractitioners, listStaffServices } from '@/db/queries/schedule';
import { loadPatientContact } from '@/db/queries/patients';
import { requireStaff } from '@/lib/auth/guard';
import { UUID } from '@/lib/validations/fields';
import { PlanForm } from './plan-form';

export const metadata: Metadata = { title: 'Create care plan' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Create care plan, from an appointment (its therapy, weekday and time prefilled) or a patient. */
export default async function NewCarePlanPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaff(['admin', 'practitioner']);
  const q = await searchParams;
  const appointmentId = one(q.appointment);
  const from =
    appointmentId && UUID.test(appointmentId) ? await appointmentForPlan(appointmentId) : null;
  const patientId = from?.patientId ?? one(q.patient);
  if (!patientId || !UUID.test(patientId)) notFound();
  const ownDiary = staff.role === 'practitioner' ? staff.practitionerId : null;
  if (staff.role === 'practitioner' && !ownDiary) forbidden();
  const [patient, services, team, timeZone] = await Promise.all([
    loadPatientContact(patientId),
    listStaffServices(),
    listSchedulePractitioners(ownDiary ?? undefined),
    getClinicTimeZone(),
  ]);
  if (!patient) notFound();
  const practitionerId = ownDiary ?? from?.practitionerId ?? team[0]?.id ?? '';
  const start = from ? DateTime.fromJSDate(from.startsAt, { zone: timeZone }) : null;
  const today = DateTime.now().setZone(timeZone);
  const firstDay = start && start > today ? start : today.plus({ days: 1 });

  return (
    <>
      <p className="mb-2 text-[0.95rem]">
        <Link
          href={
            appointmentId && from
              ? `/dashboard/appointments/${appointmentId}`
              : `/dashboard/patients/${patient.id}`
          }
        >
          ← {from ? 'Appointment' : 'Patient record'}
        </Link>
      </p>
      <PageHeading title="Create care plan">For {patient.name}</PageHeading>
      <Panel>
        <PlanForm
          patientId={patient.id}
          practitioners={team.map((p) => ({ value: p.id, label: p.name }))}
          services={services
            .filter((s) => s.practitionerIds.length > 0)
            .map((s) => ({ value: s.slug, label: `${s.name} (${s.durationMinutes} min)` }))}
          defaults={{
            practitionerId,
            service: from?.serviceSlug ?? services[0]?.slug ?? '',
            count: '6',
            perWeek: '2',
            weekdays: start
              ? [String(start.weekday), String(((start.weekday + 2) % 7) + 1)]
              : ['1', '4'],
            time: start ? start.toFormat('HH:mm') : '09:00',
            startDate: firstDay.toISODate()!,
          }}
        />
      </Panel>
    </>
  );
}

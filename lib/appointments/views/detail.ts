import 'server-only';
import {
  listPatientVisits,
  loadAppointmentClinical,
  loadAppointmentCore,
  type AppointmentCore,
} from '@/db/queries/schedule-appointment';
import { writeAudit } from '@/lib/audit';
import { canManageSchedule, canReadClinical, type StaffPrincipal } from '@/lib/auth/roles';

export interface ClinicalDetail {
  patientNotes: string;
  intake: Record<string, unknown>;
  /** "screening: see-a-doctor-today acknowledged": the flags the patient ticked, and when. */
  screening: { flags: string[]; acknowledgedAt: Date } | null;
  notes: Array<{ id: string; body: string; createdAt: Date; authorName: string | null }>;
}

export interface AppointmentDetail extends AppointmentCore {
  /** Present only for staff allowed to read health information (admin, the treating practitioner). */
  clinical?: ClinicalDetail;
  visits: Awaited<ReturnType<typeof listPatientVisits>>;
  canManage: boolean;
  canWriteNotes: boolean;
}

export type DetailOutcome =
  { kind: 'found'; detail: AppointmentDetail } | { kind: 'not_found' } | { kind: 'forbidden' };

/**
 * One appointment as this staff member may see it. Practitioners see only their own diary. Health
 * information is not even read for anyone else, so it can't leak through a later change to the
 * page. Each view is audited (ids only), like opening a paper chart.
 */
export async function loadAppointmentDetail(
  staff: StaffPrincipal,
  appointmentId: string,
): Promise<DetailOutcome> {
  const core = await loadAppointmentCore(appointmentId);
  if (!core) return { kind: 'not_found' };
  if (staff.role === 'practitioner' && staff.practitionerId !== core.practitioner.id) {
    return { kind: 'forbidden' };
  }
  const clinicalAllowed = canReadClinical(staff, core.practitioner.id);
  const [clinical, visits] = await Promise.all([
    clinicalAllowed ? loadAppointmentClinical(appointmentId) : Promise.resolve(null),
    listPatientVisits(core.patient.id, core.id),
  ]);
  await writeAudit({
    actorStaffId: staff.id,
    action: 'patient.view',
    entityType: 'patient',
    entityId: core.patient.id,
    details: { appointmentId: core.id, clinical: clinicalAllowed },
  });
  const detail: AppointmentDetail = {
    ...core,
    visits,
    canManage: canManageSchedule(staff, core.practitioner.id),
    canWriteNotes: clinicalAllowed,
  };
  if (clinical) detail.clinical = clinical;
  return { kind: 'found', detail };
}

import {
  getPatientContact,
  listPatientAppointments,
  listPatientNotes,
  practitionerHasSeenPatient,
} from '@/db/queries/patients';
import { writeAudit } from '@/lib/audit';
import type { StaffPrincipal } from '@/lib/auth/roles';
import { UUID } from '@/lib/validations/fields';
import { patientPseudonym } from './pseudonym';

/** Whether a URL segment could be a patient id (anything else is "not found" without a query). */
export function isPatientId(value: string): boolean {
  return UUID.test(value);
}

/**
 * Whose clinical data (intake answers, the patient's own booking note, clinical notes) the caller
 * may read: everything for admins, their own appointments' for a practitioner, nothing for the
 * front desk (the same rule as canReadClinical, applied in the query rather than row by row).
 */
export function clinicalScope(actor: StaffPrincipal): 'all' | string | null {
  if (actor.role === 'admin') return 'all';
  if (actor.role === 'practitioner' && actor.practitionerId) return actor.practitionerId;
  return null;
}

export type PatientRecord = NonNullable<Awaited<ReturnType<typeof loadPatientRecord>>>;

/**
 * The patient page's data for this caller, or null when the patient doesn't exist or — for a
 * practitioner — has never had an appointment with them. Every successful read is audited
 * (ids only).
 */
export async function loadPatientRecord(
  actor: StaffPrincipal,
  patientId: string,
  now = new Date(),
) {
  if (!isPatientId(patientId)) return null;
  const scope = clinicalScope(actor);
  if (actor.role === 'practitioner') {
    if (!scope || !(await practitionerHasSeenPatient(scope, patientId))) return null;
  }
  const patient = await getPatientContact(patientId);
  if (!patient) return null;
  const [appointments, notes] = await Promise.all([
    listPatientAppointments(patientId, scope),
    scope ? listPatientNotes(patientId, scope) : Promise.resolve([]),
  ]);
  const upcoming = appointments.filter((a) => a.startsAt >= now).reverse();
  const past = appointments.filter((a) => a.startsAt < now);
  const noShows = appointments.filter((a) => a.status === 'no_show').length;
  const cancellations = appointments.filter((a) => a.status === 'cancelled').length;
  // "Patient since" is the first visit that happened (or is under way), not the record's creation.
  const firstVisit =
    past.filter((a) => a.status !== 'cancelled' && a.status !== 'no_show').at(-1)?.startsAt ?? null;
  const clinicalShown = appointments.some((a) => a.clinical !== null) || notes.length > 0;
  await writeAudit({
    actorStaffId: actor.id,
    action: 'patient.view',
    entityType: 'patient',
    // Once erased, the log names the patient only by pseudonym (lib/patients/erase.ts).
    entityId: patient.erasedAt ? patientPseudonym(patient.id) : patient.id,
    details: { clinical: clinicalShown, notes: notes.length },
  });
  return {
    patient,
    upcoming,
    past,
    noShows,
    cancellations,
    firstVisit,
    notes,
    clinicalScope: scope,
  };
}

/**
 * The audit log in words for a person: who did it, what happened as a sentence, and where the
 * record lives in the dashboard. The log itself keeps ids and codes only (lib/audit.ts); names
 * come from the records at reading time, so an erased patient stays unnamed.
 */

export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditRowFacts {
  actorKind: string;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details: AuditDetails;
  /** The patient the record belongs to, when there is one (the patient, or an appointment's). */
  patientName?: string | null;
  practitionerNames?: Record<string, string>;
}

const VIA: Record<string, string> = {
  booking_flow: 'Patient, booking online',
  manage_link: 'Patient via manage link',
  api_v1: 'API client',
};

export function auditWho(r: Pick<AuditRowFacts, 'actorKind' | 'actorName' | 'details'>): string {
  if (r.actorKind === 'staff') return r.actorName ?? 'Former staff member';
  if (r.actorKind === 'patient') return VIA[String(r.details.via)] ?? 'Patient';
  if (r.actorKind === 'api') return 'API client';
  return 'The system';
}

const STATUS: Record<string, string> = {
  booked: 'booked',
  confirmed: 'confirmed',
  arrived: 'arrived',
  completed: 'completed',
  no_show: 'no-show',
  cancelled: 'cancelled',
  new: 'new',
  called_back: 'called back',
  left_voicemail: 'left voicemail',
  closed: 'closed',
};

/** What happened, as a sentence ("Moved Ann Lee's appointment to Dr. Reyes"). */
export function auditSentence(r: AuditRowFacts): string {
  const who = r.patientName ?? null;
  const appt = who ? `${who}’s appointment` : 'an appointment';
  const record = who ? `${who}’s record` : 'a patient record';
  const d = r.details;
  const doctor = (id: unknown) =>
    (typeof id === 'string' && r.practitionerNames?.[id]) || 'another practitioner';
  switch (r.action) {
    case 'appointment.create':
      return `Booked ${appt}${d.source === 'online' ? ' (online)' : ''}`;
    case 'appointment.reschedule':
      return d.fromPractitionerId && d.fromPractitionerId !== d.toPractitionerId
        ? `Moved ${appt} to ${doctor(d.toPractitionerId)}, at a new time`
        : `Moved ${appt} to a new time`;
    case 'appointment.cancel':
      return `Cancelled ${appt}`;
    case 'appointment.confirm':
      return `Confirmed ${appt}`;
    case 'appointment.check_in':
      return `Checked in ${who ?? 'a patient'}`;
    case 'appointment.complete':
      return `Completed ${appt}`;
    case 'appointment.no_show':
      return `Marked ${appt} as a no-show`;
    case 'appointment.undo_check_in':
    case 'appointment.undo_no_show':
    case 'appointment.undo_complete':
      return `Undid a mistaken ${r.action.slice('appointment.undo_'.length).replace('_', '-')} on ${appt}`;
    case 'appointment.note_add':
      return `Added a clinical note to ${appt}`;
    case 'patient.view':
      return `Opened ${record}${d.clinical ? ', with clinical information' : ''}`;
    case 'patient.create':
      return `Added ${who ?? 'a patient'} as a new patient`;
    case 'patient.update':
      return `Corrected ${record}${d.fields ? ` (${String(d.fields).replaceAll(',', ', ')})` : ''}`;
    case 'patient.merge':
      return `Merged another record into ${record}`;
    case 'patient.export':
      return `Exported ${record}`;
    case 'patient.erase':
      return 'Erased a patient’s personal data';
    case 'message.status':
      return `Set a call-back request to ${STATUS[String(d.status)] ?? String(d.status)}`;
    case 'message.note':
      return 'Added a note to a call-back request';
    case 'closure.create':
      return 'Closed the clinic for a time';
    case 'closure.delete':
      return 'Removed a clinic closure';
    case 'time_off.create':
      return 'Blocked time in a diary';
    case 'time_off.delete':
      return 'Removed blocked time from a diary';
    case 'export.appointments':
      return 'Exported appointments';
    case 'staff.invite':
      return 'Invited a new staff member';
    case 'staff.role_change':
      return 'Changed a staff member’s role';
    case 'staff.disable':
      return 'Disabled a staff account';
    case 'staff.enable':
      return 'Enabled a staff account again';
    case 'staff.mfa_reset':
      return 'Reset a staff member’s two-step sign-in';
    case 'staff.mfa_enabled':
      return 'Set up two-step sign-in';
    case 'settings.update':
      return 'Changed the clinic settings';
    case 'settings.opening_hours':
      return 'Changed the opening hours';
    case 'practitioner.working_hours':
      return 'Changed a practitioner’s working hours';
    case 'export.audit':
      return 'Exported the audit log';
    default:
      return humanise(r.action);
  }
}

/** "staff.role_change" → "Staff: role change". */
function humanise(action: string): string {
  const [area = '', what = ''] = action.split('.');
  const words = what.replaceAll('_', ' ');
  return `${area.charAt(0).toUpperCase()}${area.slice(1).replaceAll('_', ' ')}: ${words}`;
}

/** Where the record lives in the dashboard, if it has a page. */
export function auditHref(r: Pick<AuditRowFacts, 'entityType' | 'entityId'>): string | null {
  const uuid = /^[0-9a-f-]{36}$/i.test(r.entityId);
  switch (r.entityType) {
    case 'appointment':
      return uuid ? `/dashboard/appointments/${r.entityId}` : null;
    case 'patient':
      return uuid ? `/dashboard/patients/${r.entityId}` : null;
    case 'staff':
      return uuid ? `/dashboard/staff/${r.entityId}` : null;
    case 'article':
      return uuid ? `/dashboard/articles/${r.entityId}` : null;
    case 'service':
      return uuid ? `/dashboard/clinic/services/${r.entityId}` : null;
    case 'practitioner':
      return uuid ? `/dashboard/clinic/practitioners/${r.entityId}` : null;
    case 'message':
      return '/dashboard/messages';
    case 'closure':
      return '/dashboard/closures';
    case 'settings':
      return '/dashboard/clinic';
    default:
      return null;
  }
}

export const AUDIT_KIND_LABELS: Record<string, string> = {
  appointment: 'Appointments',
  patient: 'Patients',
  message: 'Call-backs',
  closure: 'Closures',
  staff: 'Staff accounts',
  practitioner: 'Practitioners',
  service: 'Therapies',
  settings: 'Clinic settings',
  article: 'Articles',
  export: 'Exports',
};

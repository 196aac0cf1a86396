import type { StaffRole } from '@/db/schema';

export const ROLE_LABELS: Record<StaffRole, string> = {
  admin: 'Admin',
  practitioner: 'Practitioner',
  front_desk: 'Front desk',
};

export const ALL_STAFF: StaffRole[] = ['admin', 'practitioner', 'front_desk'];

export interface StaffPrincipal {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  practitionerId: string | null;
  sessionId: string;
}

/**
 * Intake answers and clinical notes are health information: admins, and the practitioner who
 * treats that patient. The front desk sees contact details and schedules, never intake.
 */
export function canReadClinical(staff: StaffPrincipal, appointmentPractitionerId: string): boolean {
  if (staff.role === 'admin') return true;
  return staff.role === 'practitioner' && staff.practitionerId === appointmentPractitionerId;
}

/** Practitioners manage only their own diary; admin and front desk manage everyone's. */
export function canManageSchedule(staff: StaffPrincipal, practitionerId: string): boolean {
  if (staff.role !== 'practitioner') return true;
  return staff.practitionerId === practitionerId;
}

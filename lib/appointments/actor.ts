import type { StaffPrincipal } from '@/lib/auth/roles';

/**
 * Who is changing an appointment. Every change (book, move, cancel, set-status) takes one, and
 * the differences between actors are the data in RULES below, not separate code paths.
 */
export type Actor =
  | { kind: 'patient'; via: 'booking_flow' | 'manage_link' | 'waitlist_offer' }
  | { kind: 'api' }
  | { kind: 'staff'; staff: StaffPrincipal }
  /** Housekeeping inside another change (a patient's erasure cancels their visits). */
  | { kind: 'system'; job: string };

export type ActorKind = Actor['kind'];

export interface ActorRules {
  /** Patients book at least the clinic's minimum notice ahead; staff have the patient on the line. */
  minimumNotice: boolean;
  /** Online changes stop at the cancellation cut-off, so a late change is seen by a person. */
  cancellationCutoff: boolean;
  /** Where a new booking comes from (appointments.source). */
  source: 'online' | 'staff';
  /** A staff booking is agreed with the patient on the line; an online one awaits confirmation. */
  initialStatus: 'booked' | 'confirmed';
  /** A patient's move asks the clinic to confirm the new time afresh. */
  moveResetsConfirmation: boolean;
  /** Consent, intake and red flags are asked: an emergency sign stops the booking, a see-a-doctor-today one needs an acknowledgement. */
  intake: boolean;
  /** Booking attempts per client address are limited. */
  rateLimited: boolean;
  /** The clinic gets an e-mail about the new booking. */
  clinicNotice: boolean;
  /** Check-in, completion, no-show and undo. */
  setsStatus: boolean;
  /** A cancellation needs a reason (staff) or gets a default one (patients). */
  cancelReasonRequired: boolean;
}

const ONLINE: ActorRules = {
  minimumNotice: true,
  cancellationCutoff: true,
  source: 'online',
  initialStatus: 'booked',
  moveResetsConfirmation: true,
  intake: true,
  rateLimited: true,
  clinicNotice: true,
  setsStatus: false,
  cancelReasonRequired: false,
};

const STAFF: ActorRules = {
  minimumNotice: false,
  cancellationCutoff: false,
  source: 'staff',
  initialStatus: 'confirmed',
  moveResetsConfirmation: false,
  intake: false,
  rateLimited: false,
  clinicNotice: false,
  setsStatus: true,
  cancelReasonRequired: true,
};

export const RULES: Record<ActorKind, ActorRules> = {
  patient: ONLINE,
  api: ONLINE,
  staff: STAFF,
  // Housekeeping (an erasure cancelling visits) acts for the clinic, without a person's form.
  system: { ...STAFF, setsStatus: false, cancelReasonRequired: false },
};

export function rulesOf(actor: Actor): ActorRules {
  return RULES[actor.kind];
}

/** Practitioners change their own diary only; everyone else any diary they can reach. */
export function mayChangeDiary(actor: Actor, practitionerId: string): boolean {
  if (actor.kind !== 'staff' || actor.staff.role !== 'practitioner') return true;
  return actor.staff.practitionerId === practitionerId;
}

/** The staff member, if a staff member acts. */
export function staffOf(actor: Actor): StaffPrincipal | null {
  return actor.kind === 'staff' ? actor.staff : null;
}

/** The audit log's columns for this actor; `via` goes into the details. */
export function auditActorOf(actor: Actor): {
  actorStaffId: string | null;
  actorKind: 'staff' | 'patient' | 'api' | 'system';
  via: string;
} {
  switch (actor.kind) {
    case 'staff':
      return { actorStaffId: actor.staff.id, actorKind: 'staff', via: 'dashboard' };
    case 'patient':
      return { actorStaffId: null, actorKind: 'patient', via: actor.via };
    case 'api':
      return { actorStaffId: null, actorKind: 'api', via: 'api_v1' };
    case 'system':
      return { actorStaffId: null, actorKind: 'system', via: actor.job };
  }
}

/** For log lines: which kind of actor, and the staff member's id (never a patient's details). */
export function logActor(actor: Actor): { actor: string; staffUserId?: string } {
  return actor.kind === 'staff'
    ? { actor: 'staff', staffUserId: actor.staff.id }
    : { actor: actor.kind === 'patient' ? `patient:${actor.via}` : actor.kind };
}

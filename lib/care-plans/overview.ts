import 'server-only';
import { activePlans } from '@/db/queries/care-plans';
import { canReadClinical, type StaffPrincipal } from '@/lib/auth/roles';
import { loadStaffPlanView } from './view';

export interface PlanOverview {
  plans: Array<{
    id: string;
    patientName: string;
    practitionerName: string;
    endsOn: string;
    /** Null when not prescribed yet, or not this staff member's to see. */
    adherence: number | null;
  }>;
  /** Mean of the plans' adherence that this staff member may see; null when none. */
  averageAdherence: number | null;
}

/** Active plans (a practitioner's own; everyone's for admin and front desk, without adherence for the desk). */
export async function loadPlanOverview(
  staff: StaffPrincipal,
  now = new Date(),
): Promise<PlanOverview> {
  const rows = await activePlans(staff.role === 'practitioner' ? staff.practitionerId : null);
  const plans = await Promise.all(
    rows.map(async (r) => {
      const view = canReadClinical(staff, r.practitionerId)
        ? await loadStaffPlanView(staff, r.id, now)
        : null;
      return {
        id: r.id,
        patientName: r.patientName,
        practitionerName: r.practitionerName,
        endsOn: r.endsOn,
        adherence: view?.clinical?.adherence.percent ?? null,
      };
    }),
  );
  const known = plans.map((p) => p.adherence).filter((a): a is number => a !== null);
  return {
    plans,
    averageAdherence:
      known.length === 0 ? null : Math.round(known.reduce((a, b) => a + b, 0) / known.length),
  };
}

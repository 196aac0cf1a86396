import 'server-only';
import { getClinicTimeZone } from '@/db/queries/clinic';
import {
  planHeader,
  planNotes,
  planPrescriptions,
  planTicks,
  planVisits,
} from '@/db/queries/care-plans';
import { clinicDate } from '@/lib/time/calendar';
import { canReadClinical, type StaffPrincipal } from '@/lib/auth/roles';
import { adherence, painSeries, type Adherence } from './adherence';

export type Prescription = Awaited<ReturnType<typeof planPrescriptions>>[number];

export interface StaffPlanView {
  header: NonNullable<Awaited<ReturnType<typeof planHeader>>>;
  visits: Array<{ appointmentId: string; startsAt: Date; endsAt: Date; status: string }>;
  timeZone: string;
  today: string;
  /** Notes, exercises, ticks: null for anyone but the treating practitioner and admins. */
  clinical: {
    notes: string;
    prescriptions: Prescription[];
    adherence: Adherence;
    pain: Array<{ date: string; pain: number }>;
    canEdit: boolean;
  } | null;
}

/** When each prescription counted: from its start (or the day it was added) to its end or removal. */
export function spansOf(prescriptions: readonly Prescription[], timeZone: string) {
  return prescriptions.map((p) => {
    const removed = p.removedAt ? clinicDate(new Date(p.removedAt.getTime() - 1), timeZone) : null;
    const to = [p.endsOn, removed].filter((d): d is string => d !== null).sort()[0] ?? null;
    return {
      id: p.id,
      perWeek: p.perWeek,
      from: p.startsOn ?? clinicDate(p.createdAt, timeZone),
      to,
    };
  });
}

/**
 * A plan as a staff member may see it. The clinical part is decided here, on the server, from
 * the plan's practitioner: front desk (and other practitioners) get the visits only, and the
 * clinical rows are not even read for them.
 */
export async function loadStaffPlanView(
  staff: StaffPrincipal,
  planId: string,
  now = new Date(),
): Promise<StaffPlanView | null> {
  // Visits are not clinical: read beside the header (an unknown plan has none, at no cost).
  const [header, timeZone, visitRows] = await Promise.all([
    planHeader(planId),
    getClinicTimeZone(),
    planVisits(planId),
  ]);
  if (!header) return null;
  const today = clinicDate(now, timeZone);
  const visits = visitRows.map(({ manageTokenSealed: _sealed, ...v }) => v);
  if (!canReadClinical(staff, header.practitionerId))
    return { header, visits, timeZone, today, clinical: null };
  const [notes, prescriptions, ticks] = await Promise.all([
    planNotes(planId),
    planPrescriptions(planId),
    planTicks(planId),
  ]);
  return {
    header,
    visits,
    timeZone,
    today,
    clinical: {
      notes,
      prescriptions,
      adherence: adherence({
        prescriptions: spansOf(prescriptions, timeZone),
        ticks,
        planEndsOn: header.endsOn,
        today,
      }),
      pain: painSeries(ticks),
      canEdit: header.status === 'active',
    },
  };
}

'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { fail, type ActionResult } from '@/lib/actions/result';
import { clinicIsoFormatter } from '@/lib/availability/clinic-time';
import {
  endPlan,
  prescribeExercise,
  removePrescription,
  updatePlanNotes,
} from '@/lib/care-plans/change';
import { createCarePlan, mayMakePlan } from '@/lib/care-plans/create';
import { proposeVisits } from '@/lib/care-plans/propose';
import { conflictMessage } from '@/lib/care-plans/wording';
import {
  confirmPlanSchema,
  planExerciseRefSchema,
  planNotesSchema,
  planRefSchema,
  planRhythmSchema,
  prescriptionSchema,
} from '@/lib/validations/care-plans';

// Thin adapters over lib/care-plans. Plans are clinical: admins and the treating practitioner
// only; front desk can't call any of these (the wrapper refuses the role before parsing).
const CLINICIANS = ['admin', 'practitioner'] as const;

export interface ProposedTime {
  /** Clinic-local date and time of the proposal ('' when nothing near is open). */
  date: string;
  time: string;
  /** Whether it is the time the rhythm asked for. */
  asked: boolean;
  wantedDate: string;
}

export const proposePlanVisitsAction = staffAction(
  CLINICIANS,
  planRhythmSchema,
  async (staff, input): Promise<ActionResult<{ visits: ProposedTime[] }>> => {
    if (!mayMakePlan(staff, input.practitionerId))
      return {
        ok: false,
        fieldErrors: { practitionerId: ['You can plan visits in your own diary only.'] },
      };
    const proposal = await proposeVisits({
      serviceSlug: input.service,
      practitionerId: input.practitionerId,
      rhythm: input,
      now: new Date(),
    });
    if (!proposal)
      return {
        ok: false,
        fieldErrors: { service: ['This practitioner does not offer that therapy.'] },
      };
    const iso = clinicIsoFormatter(proposal.policy.timeZone);
    return {
      ok: true,
      data: {
        visits: proposal.visits.map((v) => {
          const local = v.start ? iso(v.start) : '';
          return {
            date: local.slice(0, 10),
            time: local.slice(11, 16),
            asked: v.start?.getTime() === v.wanted.getTime(),
            wantedDate: iso(v.wanted).slice(0, 10),
          };
        }),
      },
    };
  },
);

export const createCarePlanAction = staffAction(
  CLINICIANS,
  confirmPlanSchema,
  async (staff, input): Promise<ActionResult<{ planId: string }>> => {
    const outcome = await createCarePlan(staff, input);
    if ('formError' in outcome) return fail(outcome.formError);
    if (!outcome.ok) {
      const fieldErrors: Record<string, string[]> = {};
      for (const c of outcome.conflicts)
        fieldErrors[`visits.${c.index}.time`] = [conflictMessage(c.reason)];
      return {
        ok: false,
        formError: `Nothing was booked: ${outcome.conflicts.length === 1 ? 'one time is' : `${outcome.conflicts.length} times are`} no longer free. Choose another time where marked, then confirm again.`,
        fieldErrors,
      };
    }
    revalidatePath('/dashboard', 'layout');
    return { ok: true, data: { planId: outcome.planId } };
  },
);

export const prescribeExerciseAction = staffAction(
  CLINICIANS,
  prescriptionSchema,
  async (staff, input) => {
    const outcome = await prescribeExercise(staff, input);
    if (outcome.ok) revalidatePath(`/dashboard/care-plans/${input.planId}`);
    return outcome;
  },
);

export const removePrescriptionAction = staffAction(
  CLINICIANS,
  planExerciseRefSchema,
  async (staff, input) => {
    const outcome = await removePrescription(staff, input);
    if (outcome.ok) revalidatePath(`/dashboard/care-plans/${input.planId}`);
    return outcome;
  },
);

export const updatePlanNotesAction = staffAction(
  CLINICIANS,
  planNotesSchema,
  async (staff, input) => {
    const outcome = await updatePlanNotes(staff, input);
    if (outcome.ok) revalidatePath(`/dashboard/care-plans/${input.planId}`);
    return outcome;
  },
);

export const endPlanAction = staffAction(CLINICIANS, planRefSchema, async (staff, input) => {
  const outcome = await endPlan(staff, input);
  if (outcome.ok) revalidatePath('/dashboard', 'layout');
  return outcome;
});

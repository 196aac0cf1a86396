import 'server-only';
import {
  loadPolicyAndService,
  type BookableService,
  type ClinicPolicy,
} from '@/db/queries/availability';
import { openTimes } from '@/lib/appointments/open-times';
import { addDays, clinicDate } from '@/lib/time/calendar';
import { pickNearest, wantedVisits, type Rhythm } from './rhythm';

export interface ProposedVisit {
  /** What the rhythm asked for. */
  wanted: Date;
  /** The open start proposed for it; null when the diary has nothing near. */
  start: Date | null;
}

export interface Proposal {
  policy: ClinicPolicy;
  service: BookableService;
  visits: ProposedVisit[];
}

/** How far from a wanted day the nearest open time may be looked for. */
const SEARCH_DAYS = 7;

/**
 * Concrete times for a plan's visits from the practitioner's open times (the lifecycle's one
 * search, staff rules: no minimum notice). Nothing is held: the times are shown for review and
 * booked, all or none, by confirmCarePlan.
 */
export async function proposeVisits(input: {
  serviceSlug: string;
  practitionerId: string;
  rhythm: Omit<Rhythm, 'timeZone'>;
  now: Date;
}): Promise<Proposal | null> {
  const { policy, service } = await loadPolicyAndService(input.serviceSlug);
  if (!service) return null;
  const wanted = wantedVisits({ ...input.rhythm, timeZone: policy.timeZone });
  if (wanted.length === 0) return { policy, service, visits: [] };
  const open = await openTimes({
    policy,
    service,
    practitionerId: input.practitionerId,
    from: addDays(wanted[0]!.date, -SEARCH_DAYS),
    to: addDays(wanted.at(-1)!.date, SEARCH_DAYS),
    now: input.now,
    minimumNotice: false,
  });
  if (!open) return null;
  const starts = open.slots.map((s) => s.start);
  const picks = pickNearest(wanted, starts, (d) => clinicDate(d, policy.timeZone));
  return {
    policy,
    service,
    visits: wanted.map((w, i) => ({ wanted: w.start, start: picks[i] ?? null })),
  };
}
